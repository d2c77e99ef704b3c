import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useAppContext } from '../app/app-context';
import { useCallError } from '../hooks/use-call-error';

/** One click from the demo city to a real, empty workspace, and back to the demo. */
export function WorkspaceSwitch() {
  const { t } = useTranslation('app');
  const { info, setInfo, navigate } = useAppContext();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [busy, setBusy] = useState(false);
  const inDemo = info.workspace?.kind === 'demo';
  const realWorkspace = info.workspaces.find((w) => w.kind === 'real');

  async function run(action: () => Promise<typeof info>, done: string) {
    setBusy(true);
    try {
      setInfo(await action());
      navigate('office/overview');
      message.success(done);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  if (inDemo) {
    return (
      <Button
        type="primary"
        loading={busy}
        data-testid="start-real"
        onClick={() =>
          run(
            () =>
              realWorkspace
                ? call('workspace:open', { id: realWorkspace.id })
                : call('workspace:create', { name: t('defaultWorkspace') }),
            t('switch.toReal'),
          )
        }
      >
        {realWorkspace ? t('switch.openReal') : t('switch.startReal')}
      </Button>
    );
  }
  return (
    <Button
      loading={busy}
      data-testid="open-demo"
      onClick={() => run(() => call('workspace:openDemo', {}), t('switch.toDemo'))}
    >
      {t('switch.openDemo')}
    </Button>
  );
}
