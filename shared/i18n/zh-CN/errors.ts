export default {
  api: {
    unknownMethod: '程序内部调用了不存在的功能。',
    invalidInput: '填写的内容有误，请检查标红的项目。',
    invalidField: '“{{field}}”的值不正确。',
    forbiddenSender: '请求来自不受信任的页面，已拒绝。',
    internal: '程序内部出错，数据未被修改。详细信息已写入日志。',
    offline: '无法连接到程序主进程。',
  },
  store: {
    corrupt: '数据文件 {{file}} 已损坏，无法读取。',
    newer: '数据文件 {{file}} 由更新版本的程序（数据版本 {{version}}）保存，本程序无法读取。',
    noMigration: '数据文件 {{file}} 的数据版本 {{version}} 无法升级。',
    invalid: '数据文件 {{file}} 的内容不符合要求（{{detail}}）。',
  },
  workspace: {
    notFound: '找不到该工作区。',
    none: '尚未打开工作区。',
  },
  backup: {
    notFound: '找不到该备份。',
    invalid: '该备份的内容无法使用。',
  },
} as const;
