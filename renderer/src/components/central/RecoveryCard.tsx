import { Card, Col, List, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../../../shared/roster/recovery';
import { renderMessage } from '../../i18n';
import { formatRate } from './format';

/** Missing units listed at a time: early in a period a province's whole roster is missing. */
const MISSING_PAGE = 10;

/** 回收率 with the units that have not returned a usable file, each with the reason. */
export function RecoveryCard({ recovery }: { recovery: Recovery }) {
  const { t } = useTranslation('central');
  const notReceived = recovery.missing.filter((m) => m.kind === 'not_received');
  const rejected = recovery.missing.filter((m) => m.kind === 'rejected');
  return (
    <Card title={t('recovery.title')} data-testid="recovery-card">
      <Row gutter={24} align="middle">
        <Col flex="220px">
          <Statistic
            title={t('recovery.rate')}
            value={`${recovery.returned}/${recovery.expected}`}
            data-testid="recovery-ratio"
          />
          <Progress percent={Math.round((recovery.rate ?? 0) * 1000) / 10} size="small" status="active" />
          <Typography.Text type="secondary">{formatRate(recovery.rate)}</Typography.Text>
        </Col>
        <Col flex="auto">
          {recovery.missing.length === 0 ? (
            <Typography.Text type="success">
              {recovery.expected === 0 ? t('recovery.noRoster') : t('recovery.complete')}
            </Typography.Text>
          ) : (
            <List
              size="small"
              data-testid="missing-units"
              header={t('recovery.missingHeader', {
                notReceived: notReceived.length,
                rejected: rejected.length,
              })}
              dataSource={recovery.missing}
              pagination={
                recovery.missing.length > MISSING_PAGE
                  ? { pageSize: MISSING_PAGE, size: 'small', showSizeChanger: false }
                  : false
              }
              renderItem={(m) => (
                <List.Item data-testid={`missing-${m.unit.code}`}>
                  <span>
                    <Tag color={m.kind === 'rejected' ? 'red' : 'default'}>
                      {t(`recovery.kind.${m.kind}`)}
                    </Tag>
                    <Typography.Text strong>{m.unit.name}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {m.unit.code} · {m.unit.parentName} · {m.unit.contact} {m.unit.phone}
                    </Typography.Text>
                    {m.kind === 'rejected' && (
                      <div>
                        <Typography.Text type="danger">
                          {t('recovery.rejectedFile', { file: m.attempts.at(-1)?.fileName ?? '' })}
                          {(m.attempts.at(-1)?.reasons ?? []).map(renderMessage).join(' ')}
                        </Typography.Text>
                      </div>
                    )}
                  </span>
                </List.Item>
              )}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}
