import { FileSearchOutlined, FolderOpenOutlined, ScanOutlined, UsbOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type CaptureBusy = 'scan' | 'files' | 'folder' | 'stick' | 'confirm' | null;

interface Props {
  busy: CaptureBusy;
  onScan(): void;
  onImport(mode: 'files' | 'folder'): void;
  onMakeStick(): void;
}

/** The three ways to capture: scan this computer, import inventory files, make the collector stick. */
export function CaptureActions({ busy, onScan, onImport, onMakeStick }: Props) {
  const { t } = useTranslation('capture');
  const isBusy = busy !== null;
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Card title={t('actions.scan')} style={{ height: '100%' }}>
          <Typography.Paragraph type="secondary">{t('actions.scanHelp')}</Typography.Paragraph>
          <Button
            type="primary"
            icon={<ScanOutlined />}
            loading={busy === 'scan'}
            disabled={isBusy && busy !== 'scan'}
            onClick={onScan}
            data-testid="capture-scan"
          >
            {t('actions.scanButton')}
          </Button>
        </Card>
      </Col>
      <Col span={8}>
        <Card title={t('actions.import')} style={{ height: '100%' }}>
          <Typography.Paragraph type="secondary">{t('actions.importHelp')}</Typography.Paragraph>
          <Space wrap>
            <Button
              type="primary"
              icon={<FileSearchOutlined />}
              loading={busy === 'files'}
              disabled={isBusy && busy !== 'files'}
              onClick={() => onImport('files')}
              data-testid="capture-import-files"
            >
              {t('actions.importFiles')}
            </Button>
            <Button
              icon={<FolderOpenOutlined />}
              loading={busy === 'folder'}
              disabled={isBusy && busy !== 'folder'}
              onClick={() => onImport('folder')}
              data-testid="capture-import-folder"
            >
              {t('actions.importFolder')}
            </Button>
          </Space>
        </Card>
      </Col>
      <Col span={8}>
        <Card title={t('actions.stick')} style={{ height: '100%' }}>
          <Typography.Paragraph type="secondary">{t('actions.stickHelp')}</Typography.Paragraph>
          <Button
            icon={<UsbOutlined />}
            loading={busy === 'stick'}
            disabled={isBusy && busy !== 'stick'}
            onClick={onMakeStick}
            data-testid="capture-make-stick"
          >
            {t('actions.stickButton')}
          </Button>
        </Card>
      </Col>
    </Row>
  );
}
