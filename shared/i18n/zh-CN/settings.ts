export default {
  title: '设置',
  language: '界面语言',
  languages: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  workspaces: {
    title: '工作区',
    current: '当前工作区',
    open: '切换',
    create: '新建空白工作区',
    namePlaceholder: '工作区名称，例如：某某局 2026 年度',
    demo: '示例',
    real: '正式',
  },
  backups: {
    title: '备份与恢复',
    intro:
      '每次导入、合并、恢复和数据升级之前，程序都会自动备份。恢复前也会先备份当前数据，因此恢复可以撤销。',
    create: '立即备份',
    created: '已创建备份。',
    restore: '恢复',
    restoreConfirm: '确定将数据恢复到 {{time}} 的备份吗？当前数据会先自动备份。',
    restored: '已恢复到所选备份。',
    time: '时间',
    reason: '原因',
    size: '大小',
    files: '文件',
    empty: '还没有备份。',
    reasons: {
      manual: '手动备份',
      'before-restore': '恢复之前',
      'before-migration': '数据升级之前',
      'before-import': '导入之前',
      'before-merge': '合并之前',
    },
  },
} as const;
