import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstallView } from '../../../../shared/office/views';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { renderMessage } from '../../i18n';
import { VerdictTag } from './VerdictTag';

export interface InstallCardProps {
  install: InstallView;
  onEdit(install: InstallView): void;
  onDelete(install: InstallView): void;
}

/** One install in the machine drawer: what it is, how it was obtained, the verdict and every reason. */
export function InstallCard({ install, onEdit, onDelete }: InstallCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = pickName(install.productName, lang) || install.rawName;
  const edition = pickName(install.editionName, lang) || install.edition;
  return (
    <Card
      size="small"
      data-testid={`install-card-${name}`}
      title={
        <Space size={6} wrap>
          <VerdictTag status={install.status} />
          <span>{name}</span>
          {edition && <Typography.Text type="secondary">{edition}</Typography.Text>}
          {install.version && <Typography.Text type="secondary">{install.version}</Typography.Text>}
          {install.productId === null && <Tag>{t('software:unknownProduct')}</Tag>}
          {install.isOverDeployed && <Tag color="red">{t('software:overDeployed')}</Tag>}
        </Space>
      }
      extra={
        <Space size={0}>
          <Button type="text" size="small" icon={<EditOutlined />} onClick={() => onEdit(install)}>
            {t('common:edit')}
          </Button>
          <Popconfirm
            title={t('software:deleteConfirm', { name })}
            okText={t('common:delete')}
            cancelText={t('common:cancel')}
            onConfirm={() => onDelete(install)}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />}>
              {t('common:delete')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('software:summary', {
          category: t(`software:category.${install.category}`),
          channel: t(`software:channel.${install.channel}`),
        })}
      </Typography.Text>
      <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }} data-testid="install-reasons">
        {install.reasons.map((reason) => (
          <li key={`${reason.key}-${JSON.stringify(reason.params ?? {})}`}>{renderMessage(reason)}</li>
        ))}
      </ul>
    </Card>
  );
}
