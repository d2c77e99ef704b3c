import { Popover, type TableColumnsType, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ReturnListItem } from '../../../../shared/contract';
import { formatCount, formatRate, formatStamp } from './format';
import { IssueText, issueKey } from './IssueText';
import './central-cells.css';
import { LinkButton } from './LinkButton';

const STATE_COLORS = { current: 'green', superseded: 'default', unassigned: 'orange' } as const;

/** Unit names sort as the clerk reads them (pinyin), numbers inside names by value. */
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** The unit a return counts for, by its roster name when it has one. */
export function displayName(r: ReturnListItem, unitName: ReadonlyMap<string, string>): string {
  return unitName.get(r.assignedCode) ?? r.unitName;
}

/** Returns missing a rate (nothing installed) sort after every rated one. */
const byRate = (a: ReturnListItem, b: ReturnListItem) => (a.genuineRate ?? -1) - (b.genuineRate ?? -1);

/**
 * Columns of the returns list (and, without the unit and actions, of a unit's history). Sorting
 * is in the page: a thousand rows sort in a few milliseconds, and only the rows in view render.
 */
export function buildReturnColumns(
  t: TFunction<'central'>,
  unitName: ReadonlyMap<string, string>,
  onHistory: (code: string) => void,
): TableColumnsType<ReturnListItem> {
  return [
    {
      title: t('returns.columns.unit'),
      key: 'unit',
      width: 290,
      // One line per row keeps the virtual rows even; the cell's title shows the whole name.
      ellipsis: true,
      sorter: (a, b) => collator.compare(displayName(a, unitName), displayName(b, unitName)),
      render: (_: unknown, r: ReturnListItem) => (
        <span title={`${displayName(r, unitName)} ${r.assignedCode}`}>
          {displayName(r, unitName)} <span className="zb-secondary">{r.assignedCode}</span>
          {r.assignedCode !== r.unitCode && (
            <span className="zb-secondary"> {t('returns.fileCode', { code: r.unitCode })}</span>
          )}
        </span>
      ),
    },
    {
      title: t('returns.columns.state'),
      dataIndex: 'state',
      width: 72,
      render: (s: ReturnListItem['state']) => <Tag color={STATE_COLORS[s]}>{t(`returns.states.${s}`)}</Tag>,
    },
    {
      title: t('returns.columns.exportedAt'),
      dataIndex: 'exportedAt',
      width: 150,
      sorter: (a, b) => a.exportedAt.localeCompare(b.exportedAt),
      render: (at: string) => <span title={at}>{formatStamp(at)}</span>,
    },
    {
      title: t('returns.columns.digest'),
      dataIndex: 'digestState',
      width: 92,
      render: (d: ReturnListItem['digestState']) => (
        <Tag color={d === 'unchanged' ? 'green' : d === 'edited' ? 'red' : 'default'}>
          {t(`returns.digest.${d}`)}
        </Tag>
      ),
    },
    {
      title: t('returns.columns.computers'),
      dataIndex: 'computers',
      width: 76,
      align: 'right',
      sorter: (a, b) => a.computers - b.computers,
      render: (n: number) => formatCount(n),
    },
    {
      title: t('returns.columns.needed'),
      dataIndex: 'needed',
      width: 76,
      align: 'right',
      sorter: (a, b) => a.needed - b.needed,
      render: (n: number) => formatCount(n),
    },
    {
      title: t('returns.columns.rate'),
      dataIndex: 'genuineRate',
      width: 88,
      align: 'right',
      sorter: byRate,
      render: (r: number | null) => formatRate(r),
    },
    {
      title: t('returns.columns.warnings'),
      key: 'warnings',
      width: 90,
      sorter: (a, b) => a.warnings.length - b.warnings.length,
      render: (_: unknown, r: ReturnListItem) =>
        r.warnings.length === 0 ? null : (
          <Popover
            content={
              <div style={{ maxWidth: 520 }}>
                {r.warnings.map((w) => (
                  <IssueText key={issueKey(w)} issue={w} />
                ))}
              </div>
            }
          >
            <Tag color="gold" style={{ cursor: 'pointer' }}>
              {t('returns.warningCount', { count: r.warnings.length })}
            </Tag>
          </Popover>
        ),
    },
    {
      title: '',
      key: 'actions',
      width: 60,
      render: (_: unknown, r: ReturnListItem) => (
        <LinkButton onClick={() => onHistory(r.assignedCode)}>{t('returns.history')}</LinkButton>
      ),
    },
  ];
}
