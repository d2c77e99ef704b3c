import { defineProduct, defineEdition as ed, pickPatterns, src } from './builtin-helpers';
import type { Edition, Product } from './product';

const WINDOWS_EXCLUDES = [src(/assistant|易升|助手|\bsdk\b|\bkit\b|manager|driver|驱动|media creation|升级/)];

const HOME = ed('home', '家庭版', 'Home', 'home', { restriction: 'windows_home' });
const PRO = ed('pro', '专业版', 'Pro', 'pro');
const ENTERPRISE = ed('enterprise', '企业版', 'Enterprise', 'enterprise');

const MODERN_WINDOWS_EDITIONS: Edition[] = [
  HOME,
  PRO,
  ed('pro_workstations', '专业工作站版', 'Pro for Workstations', 'pro'),
  ed('pro_education', '专业教育版', 'Pro Education', 'education'),
  ed('education', '教育版', 'Education', 'education'),
  ENTERPRISE,
  ed('enterprise_ltsc', '企业版 LTSC', 'Enterprise LTSC', 'enterprise'),
  ed('enterprise_eval', '企业版（评估版）', 'Enterprise Evaluation', 'trial'),
];

const MODERN_WINDOWS_EDITION_PATTERNS: Record<string, string> = {
  home: src(/\bhome\b|家庭版|家庭中文版|\bcore\b|单语言版|single language/),
  pro: src(/\bpro(?:fessional)?\b|专业版/),
  pro_workstations: src(/pro(?:fessional)?\s+for\s+workstations|专业工作站版/),
  pro_education: src(/pro(?:fessional)?\s+education|专业教育版/),
  education: src(/\beducation\b|教育版/),
  enterprise: src(/\benterprise\b|企业版/),
  enterprise_ltsc: src(
    /enterprise\s+(?:\d{4}\s+)?lts[bc]|企业版\s*(?:\d{4}\s*)?lts[bc]|\blts[bc]\b|长期服务/,
  ),
  enterprise_eval: src(/enterprise\s+evaluation|企业版\s*(?:\(|（)?评估|\bevaluation\b|评估版/),
};

function windowsClient(
  id: string,
  label: string,
  pattern: string,
  editions: Edition[],
  editionPatterns: Record<string, string>,
): Product {
  return defineProduct({
    id,
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: `Windows ${label}`, en: `Windows ${label}` },
    aliases: [`Microsoft Windows ${label}`, `Win${label.replace(/\s+/g, '')}`],
    category: 'os',
    domestic: false,
    freeForInstitutions: 'no',
    editions,
    patterns: [
      src(new RegExp(`^(?:microsoft\\s+)?windows\\s*${pattern}(?=[\\s,]|$)`)),
      src(new RegExp(`^win\\s*${pattern}(?=\\s|$)`)),
    ],
    excludePatterns: WINDOWS_EXCLUDES,
    editionPatterns: pickPatterns(editionPatterns, editions),
  });
}

const SERVER_EDITIONS: Edition[] = [
  ed('standard', '标准版', 'Standard', 'server'),
  ed('datacenter', '数据中心版', 'Datacenter', 'server'),
  ed('essentials', '基础版', 'Essentials', 'server'),
  ed('evaluation', '评估版', 'Evaluation', 'trial'),
];
const SERVER_2008_EDITIONS: Edition[] = [
  ...SERVER_EDITIONS,
  ed('enterprise', '企业版', 'Enterprise', 'server'),
  ed('web', 'Web 版', 'Web', 'server'),
];
const SERVER_EDITION_PATTERNS: Record<string, string> = {
  standard: src(/\bstandard\b|标准版/),
  datacenter: src(/datacenter|数据中心版/),
  essentials: src(/essentials|foundation|基础版/),
  evaluation: src(/(?:standard|datacenter|enterprise)\s+evaluation|\bevaluation\b|评估版/),
  enterprise: src(/\benterprise\b|企业版/),
  web: src(/\bweb\b/),
};

function windowsServer(id: string, label: string, pattern: string, editions: Edition[]): Product {
  return defineProduct({
    id,
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: `Windows Server ${label}`, en: `Windows Server ${label}` },
    category: 'os',
    domestic: false,
    freeForInstitutions: 'no',
    editions,
    patterns: [src(new RegExp(`^(?:microsoft\\s+)?windows\\s+server\\s+${pattern}`))],
    excludePatterns: WINDOWS_EXCLUDES,
    editionPatterns: pickPatterns(SERVER_EDITION_PATTERNS, editions),
  });
}

function communityLinux(
  id: string,
  vendor: string,
  publisher: string,
  name: { zh: string; en: string },
  patterns: string[],
): Product {
  return defineProduct({
    id,
    publisher,
    vendor,
    name,
    category: 'os',
    domestic: true,
    freeForInstitutions: 'yes',
    editions: [ed('community', '社区版', 'Community', 'community', { free: true })],
    defaultEditionId: 'community',
    patterns,
  });
}

/** Operating systems: Windows client and server, Chinese commercial and community Linux. */
export const BUILTIN_OS: Product[] = [
  windowsClient(
    'ms-windows-xp',
    'XP',
    'xp',
    [
      ed('home', '家庭版', 'Home Edition', 'home', { restriction: 'windows_home' }),
      ed('pro', '专业版', 'Professional', 'pro'),
    ],
    { home: src(/\bhome\b|家庭版/), pro: src(/professional|专业版/) },
  ),
  windowsClient(
    'ms-windows-7',
    '7',
    '7',
    [
      ed('starter', '简易版', 'Starter', 'home', { restriction: 'windows_home' }),
      ed('home_basic', '家庭普通版', 'Home Basic', 'home', { restriction: 'windows_home' }),
      ed('home_premium', '家庭高级版', 'Home Premium', 'home', { restriction: 'windows_home' }),
      ed('pro', '专业版', 'Professional', 'pro'),
      ed('ultimate', '旗舰版', 'Ultimate', 'pro'),
      ENTERPRISE,
    ],
    {
      starter: src(/starter|简易版|初级版/),
      home_basic: src(/home\s+basic|家庭普通版/),
      home_premium: src(/home\s+premium|家庭高级版/),
      pro: src(/professional|专业版/),
      ultimate: src(/ultimate|旗舰版/),
      enterprise: src(/enterprise|企业版/),
    },
  ),
  windowsClient(
    'ms-windows-8-1',
    '8.1',
    '8\\.1',
    [ed('core', '中文版', 'Windows 8.1 (Core)', 'home', { restriction: 'windows_home' }), PRO, ENTERPRISE],
    {
      core: src(/\bcore\b|中文版|单语言版|single language|with bing/),
      pro: src(/\bpro(?:fessional)?\b|专业版/),
      enterprise: src(/enterprise|企业版/),
    },
  ),
  windowsClient(
    'ms-windows-10',
    '10',
    '10',
    [
      ...MODERN_WINDOWS_EDITIONS,
      ed('enterprise_g', '神州网信政府版', 'Enterprise G (China Government Edition)', 'government'),
    ],
    {
      ...MODERN_WINDOWS_EDITION_PATTERNS,
      enterprise_g: src(/enterprise\s+g\b|企业版\s*g\b|神州网信|政府版|\bcmit\b/),
    },
  ),
  windowsClient('ms-windows-11', '11', '11', MODERN_WINDOWS_EDITIONS, MODERN_WINDOWS_EDITION_PATTERNS),
  windowsServer('ms-windows-server-2008', '2008', '2008(?!\\s*r2)\\b', SERVER_2008_EDITIONS),
  windowsServer('ms-windows-server-2008-r2', '2008 R2', '2008\\s*r2\\b', SERVER_2008_EDITIONS),
  windowsServer('ms-windows-server-2012', '2012', '2012(?!\\s*r2)\\b', SERVER_EDITIONS),
  windowsServer('ms-windows-server-2012-r2', '2012 R2', '2012\\s*r2\\b', SERVER_EDITIONS),
  windowsServer('ms-windows-server-2016', '2016', '2016\\b', SERVER_EDITIONS),
  windowsServer('ms-windows-server-2019', '2019', '2019\\b', SERVER_EDITIONS),
  windowsServer('ms-windows-server-2022', '2022', '2022\\b', SERVER_EDITIONS),
  defineProduct({
    id: 'kylin-desktop',
    publisher: '麒麟软件有限公司',
    vendor: 'kylin',
    name: { zh: '银河麒麟桌面操作系统', en: 'Kylin Desktop OS' },
    aliases: ['银河麒麟', 'Kylin', 'Kylin Linux Desktop'],
    category: 'os',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [ed('commercial', '商业版', 'Commercial', 'pro'), ed('trial', '试用版', 'Trial', 'trial')],
    defaultEditionId: 'commercial',
    patterns: [
      src(/^(?:银河)?麒麟(?!.*服务器)(?:桌面|操作系统|\s*v\d)/),
      src(/^kylin(?=\s|$)(?!.*\bserver\b)/),
    ],
    editionPatterns: { commercial: src(/商业版|专业版|professional/), trial: src(/试用|\btrial\b/) },
    isActivationEvidence: true,
  }),
  defineProduct({
    id: 'kylin-server',
    publisher: '麒麟软件有限公司',
    vendor: 'kylin',
    name: { zh: '银河麒麟高级服务器操作系统', en: 'Kylin Linux Advanced Server' },
    category: 'os',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [ed('server', '服务器版', 'Server', 'server'), ed('trial', '试用版', 'Trial', 'trial')],
    defaultEditionId: 'server',
    patterns: [src(/^(?:银河)?麒麟.*服务器/), src(/^kylin(?=\s).*\bserver\b/)],
    editionPatterns: { trial: src(/试用|\btrial\b/) },
    isActivationEvidence: true,
  }),
  defineProduct({
    id: 'neokylin',
    publisher: '中标软件有限公司',
    vendor: 'cs2c',
    name: { zh: '中标麒麟操作系统', en: 'NeoKylin' },
    aliases: ['中标麒麟', 'NeoKylin Linux'],
    category: 'os',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [ed('desktop', '桌面版', 'Desktop', 'pro'), ed('server', '服务器版', 'Server', 'server')],
    patterns: [src(/^neokylin(?=\s|$)/), src(/^中标麒麟/)],
    editionPatterns: { desktop: src(/desktop|桌面/), server: src(/server|服务器/) },
    isActivationEvidence: true,
  }),
  defineProduct({
    id: 'uos',
    publisher: '统信软件技术有限公司',
    vendor: 'uos',
    name: { zh: '统信 UOS 操作系统', en: 'UnionTech OS (UOS)' },
    aliases: ['统信UOS', 'UOS', 'UnionTech OS'],
    category: 'os',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [
      ed('professional', '专业版', 'Professional', 'pro'),
      ed('home', '家庭版', 'Home', 'home', { free: true, freeForInstitutions: 'unverified' }),
      ed('education', '教育版', 'Education', 'education'),
      ed('server', '服务器版', 'Server', 'server'),
      ed('trial', '试用版', 'Trial', 'trial'),
    ],
    patterns: [src(/^(?:uniontech\s+os|uos)(?=\s|$)/), src(/^统信/)],
    editionPatterns: {
      professional: src(/professional|\bpro\b|专业版/),
      home: src(/\bhome\b|家庭版|个人版/),
      education: src(/education|教育版/),
      server: src(/server|服务器/),
      trial: src(/试用|\btrial\b/),
    },
    isActivationEvidence: true,
  }),
  communityLinux('deepin', 'uos', 'deepin 社区', { zh: '深度操作系统 deepin', en: 'deepin' }, [
    src(/^deepin(?=\s|$)/),
    src(/^深度操作系统/),
  ]),
  communityLinux('openkylin', 'kylin', '开放麒麟社区', { zh: '开放麒麟 openKylin', en: 'openKylin' }, [
    src(/^openkylin(?=\s|$)/),
    src(/开放麒麟/),
  ]),
  communityLinux('ubuntukylin', 'kylin', '优麒麟社区', { zh: '优麒麟 Ubuntu Kylin', en: 'Ubuntu Kylin' }, [
    src(/^ubuntu\s*kylin(?=\s|$)/),
    src(/^优麒麟/),
  ]),
];
