export default {
  title: '正版化工作软件',
  subtitle: '软件正版化检查与统计',
  demoBadge: '示例数据',
  workspace: '工作区：{{name}}',
  defaultWorkspace: '我的工作区',
  menu: {
    office: '单位填报',
    central: '汇总',
    common: '通用',
    profile: '单位信息',
    settings: '设置',
  },
  problems: {
    title: '数据文件出现问题',
    item: '{{message}}（原文件已移至 {{movedTo}}，未删除）',
    restoreHint: '可在“设置 → 备份与恢复”中恢复最近的备份。',
    dismiss: '知道了',
    offer: '可以用 {{time}} 的备份恢复{{document}}。',
    recover: '从备份恢复',
    recoverTitle: '用 {{time}} 的备份恢复{{document}}？',
    recoverContent:
      '工作区“{{workspace}}”中的{{document}}将替换为该备份中的内容，其他数据保持不变。恢复前会先自动备份当前数据。',
    recovered: '已从备份恢复{{document}}。',
    documents: {
      office: '单位填报数据（office.json）',
      central: '汇总数据（central.json）',
      budget: '预算数据（budget.json）',
    },
  },
  error: {
    call: '操作失败：{{message}}',
  },
  switch: {
    startReal: '开始正式填报（新建空白工作区）',
    openReal: '回到我的工作区',
    openDemo: '查看示例数据',
    toReal: '已切换到正式工作区，示例数据保留不变。',
    toDemo: '已打开示例数据（青岚市）。',
  },
} as const;
