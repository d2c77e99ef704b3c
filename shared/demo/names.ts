/** Word lists for plausible, fictional Chinese office data. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯晨欣怡婷雪梅琳健波亮宁海燕'.split(
    '',
  );

export const DEPARTMENTS = [
  '办公室',
  '综合科',
  '财务科',
  '人事科',
  '法规科',
  '信息中心',
  '档案室',
  '政策研究室',
  '机关党委',
  '业务一科',
  '业务二科',
  '监督检查科',
];

/** Brands of x86 machines; domestic ARM and LoongArch machines are listed apart and rarer. */
export const BRANDS: ReadonlyArray<
  readonly [string, string, 'x86' | 'arm' | 'loongarch', 'desktop' | 'laptop' | 'server']
> = [
  ['联想', '启天 M428', 'x86', 'desktop'],
  ['联想', '开天 M90z', 'x86', 'desktop'],
  ['联想', 'ThinkPad E14', 'x86', 'laptop'],
  ['清华同方', '超翔 Z8000', 'x86', 'desktop'],
  ['戴尔', 'OptiPlex 7090', 'x86', 'desktop'],
  ['惠普', 'ProDesk 400 G7', 'x86', 'desktop'],
  ['长城', '世恒 TN140C', 'x86', 'desktop'],
  ['华为', 'MateBook D14', 'x86', 'laptop'],
  ['浪潮', '英信 NF5280M6', 'x86', 'server'],
];

export const XINCHUANG_BRANDS: ReadonlyArray<
  readonly [string, string, 'x86' | 'arm' | 'loongarch', 'desktop' | 'laptop' | 'server']
> = [
  ['华为', '擎云 W515', 'arm', 'desktop'],
  ['长城', '擎天 DF723', 'arm', 'desktop'],
  ['龙芯中科', '龙芯 3A5000 台式机', 'loongarch', 'desktop'],
];

/** Names people and vendors give software in Uninstall lists, with the licence facts a clerk records. */
export const CONTRACT_PREFIX = '青财采';
