import type {
  ActivationState,
  Arch,
  Category,
  Channel,
  CoaState,
  LicenceStatus,
  MachineStatus,
  MachineType,
  MilestoneKey,
  MilestoneState,
  UnitLevel,
  Zone,
} from '../model';

/**
 * The Chinese words a code is written as in a v1 return file. They are part of the file format, not of
 * the interface translation: changing one would make older files unreadable, so they live here, frozen
 * for schema version 1, and are listed in docs/return-file.md.
 */
export interface CodeTable<T extends string> {
  /** Name of the code list as shown on the 填表说明 sheet. */
  readonly title: string;
  readonly labels: Readonly<Record<T, string>>;
}

/** A code table prepared for reading: label or key (any case) → code. */
export interface CodeLookup<T extends string> {
  readonly table: CodeTable<T>;
  readonly byText: ReadonlyMap<string, T>;
  /** The accepted labels joined for messages. */
  readonly allowed: string;
}

export const CATEGORY_LABELS: CodeTable<Category> = {
  title: '软件类别',
  labels: { os: '操作系统', office: '办公软件', security: '杀毒/安全软件', other: '其他软件' },
};

export const CHANNEL_LABELS: CodeTable<Channel> = {
  title: '获取方式',
  labels: {
    oem: 'OEM预装',
    retail: '零售购买',
    volume: '批量许可',
    subscription: '订阅',
    central: '集中采购',
    free: '免费软件',
    open_source: '开源软件',
    trial: '试用版',
    unknown: '来源不明',
  },
};

export const STATUS_LABELS: CodeTable<LicenceStatus> = {
  title: '授权状态',
  labels: { genuine: '正版', not_genuine: '非正版', to_verify: '待核实' },
};

export const MACHINE_TYPE_LABELS: CodeTable<MachineType> = {
  title: '设备类型',
  labels: { desktop: '台式机', laptop: '笔记本', server: '服务器', other: '其他' },
};

export const ARCH_LABELS: CodeTable<Arch> = {
  title: 'CPU架构',
  labels: { x86: 'x86', arm: 'ARM', loongarch: 'LoongArch', other: '其他' },
};

export const ZONE_LABELS: CodeTable<Zone> = {
  title: '网络区域',
  labels: { internet: '互联网', intranet: '内网', isolated: '隔离网络', other: '其他' },
};

export const MACHINE_STATUS_LABELS: CodeTable<MachineStatus> = {
  title: '使用状态',
  labels: { in_use: '在用', idle: '闲置', scrapped: '报废' },
};

export const COA_LABELS: CodeTable<CoaState> = {
  title: 'COA标签',
  labels: { none: '无', matching: '有且版本一致', mismatching: '有但版本不符' },
};

export const ACTIVATION_LABELS: CodeTable<ActivationState> = {
  title: '激活状态',
  labels: {
    activated: '已激活',
    not_activated: '未激活',
    grace: '宽限期',
    expired: '已过期',
    unknown: '未知',
  },
};

export const UNIT_LEVEL_LABELS: CodeTable<UnitLevel> = {
  title: '单位级别',
  labels: { department: '部门单位', county: '县级', city: '市级', province: '省级' },
};

export const MILESTONE_LABELS: CodeTable<MilestoneKey> = {
  title: '工作事项',
  labels: {
    leading_group: '成立领导小组',
    plan: '制定实施方案',
    survey: '完成摸底调查',
    budget: '完成经费测算',
    procurement: '采购',
    installation: '安装部署',
    acceptance: '检查验收',
  },
};

export const MILESTONE_STATE_LABELS: CodeTable<MilestoneState> = {
  title: '完成情况',
  labels: { not_started: '未开始', in_progress: '进行中', done: '已完成' },
};

export const BOOLEAN_LABELS = { yes: '是', no: '否' } as const;

/** Every code table, in the order the 填表说明 sheet lists them. */
export const ALL_CODE_TABLES: ReadonlyArray<CodeTable<string>> = [
  MACHINE_TYPE_LABELS,
  ARCH_LABELS,
  ZONE_LABELS,
  MACHINE_STATUS_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  COA_LABELS,
  ACTIVATION_LABELS,
  STATUS_LABELS,
  UNIT_LEVEL_LABELS,
  MILESTONE_LABELS,
  MILESTONE_STATE_LABELS,
];

/** Builds the reading side of a code table; labels win over keys if they ever collide. */
export function createCodeLookup<T extends string>(table: CodeTable<T>): CodeLookup<T> {
  const byText = new Map<string, T>();
  const entries = codeEntries(table);
  for (const [key] of entries) byText.set(key.toLowerCase(), key);
  for (const [key, label] of entries) {
    byText.set(label, key);
    byText.set(label.toLowerCase(), key);
  }
  return { table, byText, allowed: entries.map(([, label]) => `“${label}”`).join('、') };
}

/** The code list as [key, label] pairs in declaration order. */
export function codeEntries<T extends string>(table: CodeTable<T>): Array<[T, string]> {
  // Object.entries loses the key type; the keys of `labels` are exactly T by construction.
  return Object.entries(table.labels) as Array<[T, string]>;
}

/** Finds the code for a label or key typed in a cell, or undefined. */
export function lookupCode<T extends string>(lookup: CodeLookup<T>, text: string): T | undefined {
  const trimmed = text.trim();
  return lookup.byText.get(trimmed) ?? lookup.byText.get(trimmed.toLowerCase());
}
