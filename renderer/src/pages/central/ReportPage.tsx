import { App as AntApp, Button, Card, Descriptions, Flex, Form, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateSchema } from '../../../../shared/model';
import type { IssuedPackage, ReportingPackage } from '../../../../shared/report/reporting-package';
import { call } from '../../api/client';
import { PeriodBar } from '../../components/central/PeriodBar';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { useCallError } from '../../hooks/use-call-error';

interface Signers {
  preparer: string;
  reviewer: string;
  head: string;
  date: string;
}

interface PackageForm {
  title: string;
  deadline: string;
  notes: string;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 报告: consolidated workbook, PDF summary form, chase list and the reporting package. */
export function ReportPage() {
  const { t } = useTranslation('central');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const { overview, choose } = useCentralOverview();
  const period = overview?.period ?? null;
  const [signers] = Form.useForm<Signers>();
  const [pkgForm] = Form.useForm<PackageForm>();
  const [issued, setIssued] = useState<IssuedPackage[]>([]);
  const [active, setActive] = useState<ReportingPackage | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    call('package:issued', {}).then(setIssued, showError);
    call('package:get', {}).then(setActive, showError);
  }, [showError]);

  if (!overview) return null;
  if (!period) return <PeriodBar overview={overview} onChoose={choose} />;

  async function run<T>(key: string, action: () => Promise<T | null>, done: (value: T) => string) {
    setBusy(key);
    try {
      const value = await action();
      if (value !== null) message.success(done(value));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  }

  const dateRule = {
    validator: (_: unknown, v: string | undefined) =>
      dateSchema.safeParse(v ?? '').success
        ? Promise.resolve()
        : Promise.reject(new Error(t('report.badDate'))),
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1000 }} data-testid="report-page">
      <PeriodBar overview={overview} onChoose={choose} />
      <Card title={t('report.workbookTitle')}>
        <Typography.Paragraph type="secondary">{t('report.workbookIntro')}</Typography.Paragraph>
        <Button
          type="primary"
          loading={busy === 'report'}
          data-testid="export-report"
          onClick={() =>
            run(
              'report',
              () => call('central:exportReport', { period }),
              (r) =>
                t('report.workbookSaved', {
                  path: r.path,
                  units: r.units,
                  machines: r.machines,
                  installs: r.installs,
                }),
            )
          }
        >
          {t('report.exportWorkbook')}
        </Button>
      </Card>
      <Card title={t('report.pdfTitle')}>
        <Typography.Paragraph type="secondary">{t('report.pdfIntro')}</Typography.Paragraph>
        <Form
          form={signers}
          layout="inline"
          initialValues={{ preparer: '', reviewer: '', head: '', date: today() }}
        >
          <Form.Item name="preparer" label={t('form.preparer')}>
            <Input maxLength={32} style={{ width: 120 }} data-testid="signer-preparer" />
          </Form.Item>
          <Form.Item name="reviewer" label={t('form.reviewer')}>
            <Input maxLength={32} style={{ width: 120 }} data-testid="signer-reviewer" />
          </Form.Item>
          <Form.Item name="head" label={t('form.head')}>
            <Input maxLength={32} style={{ width: 120 }} data-testid="signer-head" />
          </Form.Item>
          <Form.Item name="date" label={t('report.date')} rules={[dateRule]}>
            <Input maxLength={10} style={{ width: 120 }} />
          </Form.Item>
          <Button
            loading={busy === 'pdf'}
            data-testid="export-pdf"
            onClick={async () => {
              const values = await signers.validateFields();
              await run(
                'pdf',
                () => call('central:exportPdf', { period, signers: values }),
                (r) => t('saved', { path: r.path }),
              );
            }}
          >
            {t('report.exportPdf')}
          </Button>
        </Form>
      </Card>
      <Card title={t('report.chaseTitle')}>
        <Space>
          <Typography.Text type="secondary">
            {t('report.chaseIntro', { count: overview.recovery?.missing.length ?? 0 })}
          </Typography.Text>
          <Button
            loading={busy === 'chase'}
            onClick={() =>
              run(
                'chase',
                () => call('roster:exportChaseList', { period }),
                (r) => t('saved', { path: r.path }),
              )
            }
          >
            {t('roster.chaseList')}
          </Button>
        </Space>
      </Card>
      <Card title={t('report.packageTitle')}>
        <Typography.Paragraph type="secondary">{t('report.packageIntro')}</Typography.Paragraph>
        <Form
          form={pkgForm}
          layout="vertical"
          initialValues={{ title: t('report.packageDefaultTitle', { period }), deadline: '', notes: '' }}
        >
          <Space align="start" wrap>
            <Form.Item name="title" label={t('report.packageName')}>
              <Input maxLength={200} style={{ width: 360 }} />
            </Form.Item>
            <Form.Item name="deadline" label={t('report.deadline')} rules={[dateRule]}>
              <Input
                maxLength={10}
                placeholder="2026-06-30"
                style={{ width: 140 }}
                data-testid="package-deadline"
              />
            </Form.Item>
          </Space>
          <Form.Item name="notes" label={t('report.packageNotes')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Button
            loading={busy === 'package'}
            data-testid="export-package"
            onClick={async () => {
              const values = await pkgForm.validateFields();
              await run(
                'package',
                () => call('package:export', { period, ...values }),
                (r) => {
                  setIssued((list) => [...list, r.package]);
                  return t('saved', { path: r.path });
                },
              );
            }}
          >
            {t('report.exportPackage')}
          </Button>
        </Form>
        {issued.length > 0 && (
          <Table<IssuedPackage>
            style={{ marginTop: 16 }}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={issued}
            columns={[
              { title: t('report.packageId'), dataIndex: 'id' },
              { title: t('report.packageName'), dataIndex: 'title' },
              { title: t('period.label'), dataIndex: 'period', width: 90 },
              { title: t('report.deadline'), dataIndex: 'deadline', width: 110 },
              { title: t('report.issuedAt'), dataIndex: 'issuedAt', width: 200 },
            ]}
          />
        )}
      </Card>
      <Card title={t('report.receiveTitle')}>
        <Typography.Paragraph type="secondary">{t('report.receiveIntro')}</Typography.Paragraph>
        <Button
          loading={busy === 'import'}
          onClick={() =>
            run(
              'import',
              () => call('package:import', {}),
              (p) => {
                setActive(p);
                return t('report.packageImported', { title: p.title || p.id });
              },
            )
          }
        >
          {t('report.importPackage')}
        </Button>
        {active && (
          <Descriptions
            size="small"
            column={2}
            style={{ marginTop: 16 }}
            bordered
            data-testid="active-package"
          >
            <Descriptions.Item label={t('report.packageId')}>{active.id}</Descriptions.Item>
            <Descriptions.Item label={t('report.packageName')}>{active.title}</Descriptions.Item>
            <Descriptions.Item label={t('report.issuer')}>{active.issuer.name}</Descriptions.Item>
            <Descriptions.Item label={t('period.label')}>{active.period}</Descriptions.Item>
            <Descriptions.Item label={t('report.deadline')}>{active.deadline || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('report.catalogAdditions')}>
              {active.catalogAdditions.length}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </Flex>
  );
}
