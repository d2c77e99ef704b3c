export default {
  save: '保存',
  cancel: '取消',
  confirm: '确定',
  delete: '删除',
  edit: '编辑',
  add: '新增',
  close: '关闭',
  search: '搜索',
  saved: '已保存。',
  loading: '正在加载…',
  none: '无',
  yes: '是',
  no: '否',
  validation: {
    required: '请填写“{{field}}”。',
    invalid: '“{{field}}”的格式不正确。',
  },
} as const;
