/** Keys of the cover's rows (column C), found wherever the row is. */
export type CoverKey =
  | 'unit_code'
  | 'unit_name'
  | 'parent_code'
  | 'parent_name'
  | 'unit_level'
  | 'headcount'
  | 'period'
  | 'contact'
  | 'phone'
  | 'fill_date'
  | 'exported_at'
  | 'program_version'
  | 'schema_version'
  | 'package_id'
  | 'rule_options_digest'
  | 'machine_count'
  | 'install_count'
  | 'entitlement_count'
  | 'computers'
  | 'data_digest';

export interface CoverField {
  readonly key: CoverKey;
  readonly label: string;
  /** The reader refuses a cover without it. */
  readonly isRequired: boolean;
  /** Written for people only; the reader ignores it. */
  readonly isDerived: boolean;
}

const field = (key: CoverKey, label: string, isRequired = false, isDerived = false): CoverField => ({
  key,
  label,
  isRequired,
  isDerived,
});

/** Cover rows in written order: label in column A, value in B, key in C. */
export const COVER_FIELDS: readonly CoverField[] = [
  field('unit_code', '单位代码', true),
  field('unit_name', '单位名称', true),
  field('parent_code', '上级单位代码'),
  field('parent_name', '上级单位名称'),
  field('unit_level', '单位级别', true),
  field('headcount', '单位人数'),
  field('period', '报送期', true),
  field('contact', '联系人'),
  field('phone', '联系电话'),
  field('fill_date', '填表日期', false, true),
  field('exported_at', '导出时间', true),
  field('program_version', '程序版本'),
  field('schema_version', '格式版本', true),
  field('package_id', '填报通知包编号'),
  field('rule_options_digest', '判定规则选项摘要'),
  field('machine_count', '计算机台账行数'),
  field('install_count', '软件台账行数'),
  field('entitlement_count', '授权台账行数'),
  field('computers', '计算机台数（不含报废）', false, true),
  field('data_digest', '数据校验码（SHA-256）'),
];

/** Row (0-based) of the cover's first field; rows above hold the title and the column titles. */
export const COVER_FIRST_ROW = 2;

/**
 * The summary form (汇总表) is found by these words in column A and in its header row, so rows may be
 * inserted above it. Computers go in column B of their row; each category row carries the five counts
 * under the short MEASURES headers and the genuine rate after them. Headers are short so that the
 * form fits one portrait A4 page.
 */
export const SUMMARY = {
  headerLabel: '项目',
  computersLabel: '计算机（台）',
  totalLabel: '合计',
  rateHeader: '正版化率',
  budgetTitle: '经费测算（万元）',
  budgetHeader: '测算方案',
  budgetTotal: '合计',
  /** Short category names for the budget block's narrow columns. */
  budgetCategories: { os: '操作系统', office: '办公软件', security: '安全软件', other: '其他软件' },
} as const;

/** Cover columns: label, value, key. Only label and value are printed. */
export const COVER_WIDTHS = [18, 50, 20] as const;

/** Placement of the summary form in schema version 1 (0-based rows and columns). */
export const SUMMARY_LAYOUT = {
  titleRow: 0,
  unitRow: 1,
  headerRow: 2,
  computersRow: 3,
  firstCategoryRow: 4,
  measureColumns: 5,
} as const satisfies Record<string, number>;
