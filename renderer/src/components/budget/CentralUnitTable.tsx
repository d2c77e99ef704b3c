import { Button, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryTotal } from '../../../../shared/budget/compute-scenario';
import type { CentralScenarioView } from '../../../../shared/budget/views';
import { CATEGORIES, type Category } from '../../../../shared/model';
import { Wan, Yuan } from './Money';

/** A row of the unit table: a county subtotal (with its units as children), a unit, or the total. */
interface Line {
  key: string;
  kind: 'county' | 'unit' | 'total';
  code: string;
  name: string;
  byCategory: Record<Category, CategoryTotal>;
  totalFen: number;
  fundsFen: number | null;
  gapFen: number;
  surplusFen: number;
  missingCount: number;
  children?: Line[];
}

function toLines(scenario: CentralScenarioView, directName: string, totalName: string): Line[] {
  const counties = scenario.counties.map(
    (county): Line => ({
      key: `county:${county.code}`,
      kind: 'county',
      code: county.code,
      name: county.code === '' ? directName : county.name,
      byCategory: county.byCategory,
      totalFen: county.totalFen,
      fundsFen: county.funding.fundsFen,
      gapFen: county.funding.gapFen,
      surplusFen: county.funding.surplusFen,
      missingCount: county.missingCount,
      children: scenario.units
        .filter((u) => u.parentCode === county.code)
        .map((u) => ({
          key: `unit:${u.unitCode}`,
          kind: 'unit',
          code: u.unitCode,
          name: u.unitName,
          byCategory: u.byCategory,
          totalFen: u.totalFen,
          fundsFen: u.funding.fundsFen,
          gapFen: u.funding.gapFen,
          surplusFen: u.funding.surplusFen,
          missingCount: u.missingCount,
        })),
    }),
  );
  const city = scenario.city;
  return [
    ...counties,
    {
      key: 'total',
      kind: 'total',
      code: '',
      name: totalName,
      byCategory: city.byCategory,
      totalFen: city.totalFen,
      fundsFen: city.funding.fundsFen,
      gapFen: city.funding.gapFen,
      surplusFen: city.funding.surplusFen,
      missingCount: city.missingCount,
    },
  ];
}

export interface CentralUnitTableProps {
  scenario: CentralScenarioView;
  onShowRows(unitCode: string, unitName: string): void;
  onEditFunds(unitCode: string, unitName: string, fundsFen: number | null): void;
}

/** Units under their county with subtotals and the total, for one scenario; funds editable per unit. */
export function CentralUnitTable({ scenario, onShowRows, onEditFunds }: CentralUnitTableProps) {
  const { t } = useTranslation('budget');
  const money =
    (isAlert = false) =>
    (value: number | null) =>
      value === null ? (
        <Typography.Text type="secondary">{t('compare.notRecorded')}</Typography.Text>
      ) : (
        <Yuan fen={value} isAlert={isAlert} />
      );
  return (
    <Table<Line>
      data-testid="central-units"
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      dataSource={toLines(scenario, t('central.direct'), t('central.total'))}
      scroll={{ x: 1330 }}
      onRow={(r) => ({ style: r.kind === 'unit' ? undefined : { background: '#fafafa' } })}
      columns={[
        {
          title: t('sheet.unitName'),
          key: 'name',
          width: 220,
          fixed: 'left',
          render: (_: unknown, r: Line) =>
            r.kind === 'unit' ? (
              <Flex vertical>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', justifyContent: 'flex-start' }}
                  onClick={() => onShowRows(r.code, r.name)}
                >
                  {r.name}
                </Button>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.code}
                </Typography.Text>
              </Flex>
            ) : (
              <strong>{r.name}</strong>
            ),
        },
        ...CATEGORIES.map((c) => ({
          title: t(`category.${c}`),
          key: c,
          width: 120,
          align: 'right' as const,
          render: (_: unknown, r: Line) => <Yuan fen={r.byCategory[c].amountFen} />,
        })),
        {
          title: t('sheet.totalYuan'),
          dataIndex: 'totalFen',
          width: 130,
          align: 'right',
          render: money(),
        },
        {
          title: t('sheet.totalWan'),
          dataIndex: 'totalFen',
          key: 'wan',
          width: 100,
          align: 'right',
          render: (fen: number) => <Wan fen={fen} />,
        },
        {
          title: t('sheet.funds'),
          key: 'funds',
          width: 140,
          align: 'right',
          render: (_: unknown, r: Line) =>
            r.kind === 'unit' ? (
              <Button
                type="link"
                size="small"
                data-testid={`funds-${r.code}`}
                onClick={() => onEditFunds(r.code, r.name, r.fundsFen)}
              >
                {money()(r.fundsFen)}
              </Button>
            ) : (
              money()(r.fundsFen)
            ),
        },
        {
          title: t('sheet.gapYuan'),
          dataIndex: 'gapFen',
          width: 130,
          align: 'right',
          render: money(true),
        },
        {
          title: t('sheet.gapWan'),
          dataIndex: 'gapFen',
          key: 'gapWan',
          width: 100,
          align: 'right',
          render: (fen: number) => <Wan fen={fen} isAlert />,
        },
        {
          title: t('sheet.surplus'),
          dataIndex: 'surplusFen',
          width: 120,
          align: 'right',
          render: money(),
        },
        {
          title: t('sheet.missingCount'),
          dataIndex: 'missingCount',
          width: 110,
          align: 'right',
          render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
        },
      ]}
    />
  );
}
