import { defineProduct, defineEdition as ed, pickPatterns, src } from './builtin-helpers';
import type { Edition, Product } from './product';

const HOME_STUDENT = ed('home_student', '家庭和学生版', 'Home & Student', 'student', {
  restriction: 'office_home_student',
});
const HOME_BUSINESS = ed('home_business', '家庭和小型企业版', 'Home & Business', 'business');
const STANDARD = ed('standard', '标准版', 'Standard', 'standard');
const PROFESSIONAL = ed('professional', '专业版', 'Professional', 'pro');
const PROFESSIONAL_PLUS = ed('professional_plus', '专业增强版', 'Professional Plus', 'enterprise');
const LTSC_STANDARD = ed('ltsc_standard', 'LTSC 标准版', 'LTSC Standard', 'standard');
const LTSC_PROFESSIONAL_PLUS = ed(
  'ltsc_professional_plus',
  'LTSC 专业增强版',
  'LTSC Professional Plus',
  'enterprise',
);

const OFFICE_EDITION_PATTERNS: Record<string, string> = {
  home_student: src(/home\s*(?:and|&)\s*student|家庭(?:和|与)?学生版/),
  home: src(/\bhome\b|家庭版/),
  home_business: src(/home\s*(?:and|&)\s*business|家庭(?:和|与)(?:小型)?企业版/),
  small_business: src(/small\s*business|小型企业版/),
  standard: src(/\bstandard\b|标准版/),
  professional: src(/\bprofessional\b|专业版/),
  professional_plus: src(/professional\s*plus|\bpro\s*plus\b|proplus|专业增强版/),
  ultimate: src(/ultimate|旗舰版/),
  enterprise: src(/\benterprise\b|企业版/),
  ltsc_standard: src(/ltsc\s*(?:standard|标准版)/),
  ltsc_professional_plus: src(/ltsc\s*(?:professional\s*plus|专业增强版)/),
};

/** Office's Uninstall list also shows components, viewers and stand-alone apps that are not the suite. */
const OFFICE_EXCLUDES = [
  src(
    /visio|project|sharepoint|compatib|兼容|viewer|查看器|add-?in|web components|validation|onenote|publisher|\baccess\b|infopath|groove|lync|communicator|live meeting|outlook|skype|interop|\b365\b/,
  ),
];

function officeSuite(year: string, editions: Edition[]): Product {
  return defineProduct({
    id: `ms-office-${year}`,
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: `Microsoft Office ${year}`, en: `Microsoft Office ${year}` },
    aliases: [`Office ${year}`],
    category: 'office',
    domestic: false,
    freeForInstitutions: 'no',
    editions,
    patterns: [src(new RegExp(`^(?:microsoft\\s+)?office\\b.*\\b${year}\\b`))],
    excludePatterns: OFFICE_EXCLUDES,
    editionPatterns: pickPatterns(OFFICE_EDITION_PATTERNS, editions),
  });
}

const EDITIONS_2010_TO_2019 = [HOME_STUDENT, HOME_BUSINESS, STANDARD, PROFESSIONAL, PROFESSIONAL_PLUS];

/** Office suites: Microsoft Office and Microsoft 365, Visio, Project, WPS, Yozo, LibreOffice. */
export const BUILTIN_OFFICE: Product[] = [
  officeSuite('2003', [
    STANDARD,
    PROFESSIONAL,
    ed('small_business', '小型企业版', 'Small Business', 'business'),
  ]),
  officeSuite('2007', [
    HOME_STUDENT,
    ed('small_business', '小型企业版', 'Small Business', 'business'),
    STANDARD,
    PROFESSIONAL,
    ed('ultimate', '旗舰版', 'Ultimate', 'pro'),
    PROFESSIONAL_PLUS,
    ed('enterprise', '企业版', 'Enterprise', 'enterprise'),
  ]),
  officeSuite('2010', EDITIONS_2010_TO_2019),
  officeSuite('2013', EDITIONS_2010_TO_2019),
  officeSuite('2016', EDITIONS_2010_TO_2019),
  officeSuite('2019', EDITIONS_2010_TO_2019),
  officeSuite('2021', [...EDITIONS_2010_TO_2019, LTSC_STANDARD, LTSC_PROFESSIONAL_PLUS]),
  officeSuite('2024', [
    ed('home', '家庭版', 'Home', 'home', { restriction: 'office_home_student' }),
    HOME_BUSINESS,
    LTSC_STANDARD,
    LTSC_PROFESSIONAL_PLUS,
  ]),
  defineProduct({
    id: 'ms-365',
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: 'Microsoft 365', en: 'Microsoft 365' },
    aliases: ['Office 365', 'Microsoft Office 365'],
    category: 'office',
    domestic: false,
    freeForInstitutions: 'no',
    editions: [
      ed('personal', '个人版', 'Personal', 'personal', { restriction: 'personal_use' }),
      ed('family', '家庭版', 'Family', 'home', { restriction: 'personal_use' }),
      ed('business_basic', '商业基础版', 'Business Basic', 'business'),
      ed('business_standard', '商业标准版', 'Business Standard', 'business'),
      ed('business_premium', '商业高级版', 'Business Premium', 'business'),
      ed('apps_for_business', '商业应用版', 'Apps for business', 'business'),
      ed('apps_for_enterprise', '企业应用版', 'Apps for enterprise', 'enterprise'),
      ed('e3', 'E3', 'E3', 'enterprise'),
      ed('e5', 'E5', 'E5', 'enterprise'),
    ],
    patterns: [src(/^microsoft\s+(?:office\s+)?365\b/), src(/^office\s*365\b/)],
    editionPatterns: {
      personal: src(/personal|个人版/),
      family: src(/family|\bhome\b|家庭版/),
      business_basic: src(/business\s+basic|商业基础版/),
      business_standard: src(/business\s+standard|商业标准版/),
      business_premium: src(/business\s+premium|商业高级版/),
      apps_for_business: src(/apps\s+for\s+business|商业应用版|商业版/),
      apps_for_enterprise: src(/apps\s+for\s+enterprise|企业应用版|proplus|企业版/),
      e3: src(/\be3\b/),
      e5: src(/\be5\b/),
    },
  }),
  defineProduct({
    id: 'ms-visio',
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: 'Microsoft Visio', en: 'Microsoft Visio' },
    category: 'office',
    domestic: false,
    freeForInstitutions: 'no',
    editions: [
      STANDARD,
      PROFESSIONAL,
      ed('premium', '高级版', 'Premium', 'pro'),
      ed('plan', '订阅版', 'Plan 1 / Plan 2', 'business'),
      ed('viewer', '查看器', 'Viewer', 'reader', { free: true, freeForInstitutions: 'yes' }),
    ],
    patterns: [src(/^microsoft\s+(?:office\s+)?visio\b/), src(/^visio\b/)],
    editionPatterns: {
      standard: src(/\bstandard\b|标准版/),
      professional: src(/professional|专业版/),
      premium: src(/premium|高级版/),
      plan: src(/plan\s*[12]|订阅/),
      viewer: src(/viewer|查看器/),
    },
  }),
  defineProduct({
    id: 'ms-project',
    publisher: 'Microsoft',
    vendor: 'microsoft',
    name: { zh: 'Microsoft Project', en: 'Microsoft Project' },
    category: 'office',
    domestic: false,
    freeForInstitutions: 'no',
    editions: [STANDARD, PROFESSIONAL, ed('plan', '订阅版', 'Project Plan', 'business')],
    patterns: [src(/^microsoft\s+(?:office\s+)?project\b(?!\s*server)/)],
    editionPatterns: {
      standard: src(/\bstandard\b|标准版/),
      professional: src(/professional|专业版/),
      plan: src(/plan\s*[1-5]|订阅/),
    },
  }),
  defineProduct({
    id: 'wps-office',
    publisher: '北京金山办公软件股份有限公司',
    vendor: 'kingsoft',
    name: { zh: 'WPS Office', en: 'WPS Office' },
    aliases: ['WPS', '金山WPS', '金山办公'],
    category: 'office',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [
      ed('personal', '个人版', 'Personal', 'personal', { free: true, freeForInstitutions: 'personal_only' }),
      ed('professional', '专业版', 'Professional', 'pro'),
      ed('government', '政务版', 'Government', 'government'),
      ed('education', '教育版', 'Education', 'education'),
    ],
    defaultEditionId: 'personal',
    patterns: [src(/^wps(?:\s*office)?(?=[\s(（]|$)/), src(/^金山\s*wps/)],
    excludePatterns: [src(/\bpdf\b|云盘|网盘|输入法|图片|看图/)],
    editionPatterns: {
      personal: src(/个人版|personal/),
      professional: src(/专业(?:增强)?版|professional|\bpro\b/),
      government: src(/政务版|政府版|government/),
      education: src(/教育版|education/),
    },
  }),
  defineProduct({
    id: 'yozo-office',
    publisher: '永中软件股份有限公司',
    vendor: 'yozo',
    name: { zh: '永中 Office', en: 'Yozo Office' },
    aliases: ['永中Office', '永中集成办公', '永中优办公'],
    category: 'office',
    domestic: true,
    freeForInstitutions: 'no',
    editions: [
      ed('personal', '个人版', 'Personal', 'personal', { free: true, freeForInstitutions: 'personal_only' }),
      ed('standard', '标准版', 'Standard', 'standard'),
      ed('professional', '专业版', 'Professional', 'pro'),
      ed('government', '政务版', 'Government', 'government'),
    ],
    patterns: [src(/^永中/), src(/^yozo\s*office\b/)],
    editionPatterns: {
      personal: src(/个人版|personal/),
      standard: src(/标准版|standard/),
      professional: src(/专业版|professional/),
      government: src(/政务版|government/),
    },
  }),
  defineProduct({
    id: 'libreoffice',
    publisher: 'The Document Foundation',
    vendor: 'tdf',
    name: { zh: 'LibreOffice', en: 'LibreOffice' },
    category: 'office',
    domestic: false,
    freeForInstitutions: 'yes',
    editions: [],
    // Windows lists "LibreOffice 7.5"; Debian, Kylin and UOS install it as libreoffice-core and friends.
    patterns: [src(/^libreoffice(?=\s|$)/), src(/^libreoffice-(?:core|calc|writer|impress)(?:-nogui)?$/)],
  }),
  defineProduct({
    id: 'apache-openoffice',
    publisher: 'Apache Software Foundation',
    vendor: 'apache',
    name: { zh: 'Apache OpenOffice', en: 'Apache OpenOffice' },
    aliases: ['OpenOffice.org'],
    category: 'office',
    domestic: false,
    freeForInstitutions: 'yes',
    editions: [],
    patterns: [src(/^(?:apache\s+)?openoffice(?:\.org)?(?=\s|$)/)],
  }),
];
