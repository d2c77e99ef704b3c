import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS, createNormalizer, normalizeName, type Product } from '../../../shared/catalog';

/** Names as Windows' Uninstall DisplayName, os-release or a clerk shows them → [product, edition]. */
const RECOGNISED: [string, string, string | null][] = [
  ['Microsoft Office Professional Plus 2016 - zh-cn', 'ms-office-2016', 'professional_plus'],
  ['Microsoft Office 专业增强版 2016', 'ms-office-2016', 'professional_plus'],
  ['Microsoft Office 专业增强版 2019 - zh-cn', 'ms-office-2019', 'professional_plus'],
  ['Microsoft Office Home and Student 2019 - zh-cn', 'ms-office-2019', 'home_student'],
  ['Microsoft Office 家庭和学生版 2016 - zh-cn', 'ms-office-2016', 'home_student'],
  ['Microsoft Office 家庭和小型企业版 2016 - zh-cn', 'ms-office-2016', 'home_business'],
  ['Microsoft Office Standard 2010', 'ms-office-2010', 'standard'],
  ['Microsoft Office Professional Plus 2010', 'ms-office-2010', 'professional_plus'],
  ['Microsoft Office Enterprise 2007', 'ms-office-2007', 'enterprise'],
  ['Microsoft Office 2003 Professional', 'ms-office-2003', 'professional'],
  ['Microsoft Office 小型企业版 2007', 'ms-office-2007', 'small_business'],
  ['Microsoft Office LTSC 专业增强版 2021 - zh-cn', 'ms-office-2021', 'ltsc_professional_plus'],
  ['Microsoft Office LTSC Standard 2024 - zh-cn', 'ms-office-2024', 'ltsc_standard'],
  ['Microsoft Office 家庭版 2024 - zh-cn', 'ms-office-2024', 'home'],
  ['Microsoft 365 Apps for enterprise - zh-cn', 'ms-365', 'apps_for_enterprise'],
  ['Microsoft 365 企业应用版 - zh-cn', 'ms-365', 'apps_for_enterprise'],
  ['Microsoft Office 365 ProPlus - zh-cn', 'ms-365', 'apps_for_enterprise'],
  ['Microsoft 365 - zh-cn', 'ms-365', null],
  ['Microsoft Visio Professional 2016', 'ms-visio', 'professional'],
  ['Microsoft Visio Viewer 2016', 'ms-visio', 'viewer'],
  ['Microsoft Project 专业版 2019 - zh-cn', 'ms-project', 'professional'],
  ['WPS Office (11.1.0.11194)', 'wps-office', 'personal'],
  ['WPS Office 2019 专业版', 'wps-office', 'professional'],
  ['WPS Office 政务版', 'wps-office', 'government'],
  ['Microsoft Windows 10 专业版', 'ms-windows-10', 'pro'],
  ['Windows 10 Pro', 'ms-windows-10', 'pro'],
  ['Windows 10 Pro Education', 'ms-windows-10', 'pro_education'],
  ['Microsoft Windows 11 家庭中文版', 'ms-windows-11', 'home'],
  ['Windows 11 Enterprise Evaluation', 'ms-windows-11', 'enterprise_eval'],
  ['Windows 10 Enterprise LTSC 2019', 'ms-windows-10', 'enterprise_ltsc'],
  ['Microsoft Windows 10 企业版 LTSC', 'ms-windows-10', 'enterprise_ltsc'],
  ['Windows 10 Enterprise G', 'ms-windows-10', 'enterprise_g'],
  ['Windows 10 神州网信政府版', 'ms-windows-10', 'enterprise_g'],
  ['Microsoft Windows 7 旗舰版', 'ms-windows-7', 'ultimate'],
  ['Microsoft Windows XP Professional', 'ms-windows-xp', 'pro'],
  ['Microsoft Windows Server 2012 R2 Standard', 'ms-windows-server-2012-r2', 'standard'],
  ['Windows Server 2019 Datacenter Evaluation', 'ms-windows-server-2019', 'evaluation'],
  ['Microsoft® Windows Server® 2008 Enterprise', 'ms-windows-server-2008', 'enterprise'],
  ['Kylin V10 SP1', 'kylin-desktop', 'commercial'],
  ['银河麒麟桌面操作系统V10', 'kylin-desktop', 'commercial'],
  ['Kylin Linux Advanced Server V10', 'kylin-server', 'server'],
  ['UnionTech OS Desktop 20 Professional', 'uos', 'professional'],
  ['统信UOS 家庭版', 'uos', 'home'],
  ['deepin 23', 'deepin', 'community'],
  ['openKylin 1.0', 'openkylin', 'community'],
  ['Ubuntu Kylin 22.04', 'ubuntukylin', 'community'],
  ['Kaspersky Endpoint Security 10 for Windows', 'kaspersky', 'endpoint'],
  ['火绒安全软件', 'huorong', 'personal'],
  ['360安全卫士', '360-safeguard', 'personal'],
  ['360杀毒', '360-antivirus', 'personal'],
  ['Kingsoft Antivirus', 'kingsoft-antivirus', 'personal'],
  ['金山毒霸', 'kingsoft-antivirus', 'personal'],
  ['瑞星杀毒软件', 'rising', 'personal'],
  ['火绒终端安全管理系统', 'huorong', 'enterprise'],
  ['360天擎终端安全管理系统', 'qianxin-tianqing', null],
  ['江民杀毒软件', 'jiangmin', null],
  ['腾讯电脑管家', 'tencent-pc-manager', null],
  ['Symantec Endpoint Protection', 'symantec-endpoint', null],
  ['McAfee Endpoint Security Platform', 'mcafee', 'endpoint'],
  ['Norton 360', 'norton', null],
  ['WinRAR 5.91 (64-bit)', 'winrar', null],
  ['7-Zip 19.00 (x64)', '7-zip', null],
  ['Bandizip', 'bandizip', 'standard'],
  ['2345好压', 'haozip', null],
  ['360压缩', '360-zip', null],
  ['Adobe Acrobat Reader DC - Chinese Simplified', 'adobe-acrobat-reader', null],
  ['Adobe Acrobat DC', 'adobe-acrobat', null],
  ['Adobe Photoshop 2021', 'adobe-photoshop', null],
  ['AutoCAD 2020 - 简体中文 (Simplified Chinese)', 'autocad', null],
  ['中望CAD 2022 简体中文', 'zwcad', null],
  ['Foxit PDF Reader', 'foxit-reader', null],
  ['Foxit PhantomPDF', 'foxit-pdf-editor', null],
  ['福昕高级PDF编辑器', 'foxit-pdf-editor', null],
  ['Notepad++ (64-bit x64)', 'notepad-plus-plus', null],
  ['LibreOffice 7.3.7.2', 'libreoffice', null],
  ['Mozilla Firefox (x64 zh-CN)', 'firefox', null],
  ['Google Chrome', 'chrome', null],
  ['VLC media player', 'vlc', null],
  ['搜狗输入法 13.0正式版', 'sogou-pinyin', null],
  ['腾讯QQ', 'qq', null],
  ['微信', 'wechat', null],
  ['钉钉', 'dingtalk', null],
  ['Microsoft SQL Server 2019 (64-bit)', 'ms-sql-server', null],
  ['MySQL Server 8.0', 'mysql', 'community'],
  ['Oracle Database 11g Express Edition', 'oracle-database', 'express'],
  ['达梦数据库 DM8', 'dameng', null],
  ['人大金仓 KingbaseES V8', 'kingbase', null],
];

/** Components, runtimes and look-alikes that are not catalog products. */
const NOT_PRODUCTS = [
  'Microsoft Visual C++ 2015 Redistributable (x64) - 14.0.24215',
  'Microsoft Office 64-bit Components 2016',
  'Microsoft Office Shared 64-bit MUI (Chinese (Simplified)) 2016',
  'Office 16 Click-to-Run Licensing Component',
  'Microsoft Office Language Pack 2016 - Chinese (Simplified)',
  'Update for Microsoft Office 2016 (KB4484103) 64-Bit Edition',
  'Microsoft SQL Server Management Studio - 18.9.1',
  'Windows Software Development Kit - Windows 10.0.19041.685',
  'Windows 10 Update Assistant',
  'QQ音乐',
  '企业微信',
  'kylin-video',
  '',
];

describe('normalizing raw installed names', () => {
  const normalize = createNormalizer(BUILTIN_PRODUCTS);

  it.each(RECOGNISED)('%s → %s / %s', (raw, productId, editionId) => {
    const result = normalize(raw);
    expect(result.productId).toBe(productId);
    expect(result.editionId).toBe(editionId);
    expect(result.confidence).not.toBe('none');
  });

  it.each(NOT_PRODUCTS)('"%s" is not a catalog product', (raw) => {
    expect(normalize(raw)).toMatchObject({ productId: null, editionId: null, confidence: 'none' });
  });

  it('reads the version from the name', () => {
    expect(normalize('WPS Office (11.1.0.11194)').version).toBe('11.1.0.11194');
    expect(normalize('WinRAR 5.91 (64-bit)').version).toBe('5.91');
    expect(normalize('7-Zip 19.00 (x64)').version).toBe('19.00');
    expect(normalize('搜狗输入法 13.0正式版').version).toBe('13.0');
    expect(normalize('Microsoft Visio Professional 2016').version).toBe('2016');
    expect(normalize('Windows 10 Pro').version).toBe('');
  });

  it('says "exact" when the name is the catalog name and "pattern" when a rule matched', () => {
    expect(normalize('360安全卫士').confidence).toBe('exact');
    expect(normalize('WPS Office (11.1.0.11194)').confidence).toBe('exact');
    expect(normalize('Microsoft Office Professional Plus 2016 - zh-cn').confidence).toBe('pattern');
  });

  it('tolerates full-width characters and odd spacing', () => {
    expect(normalize('  Ｗｉｎｄｏｗｓ　10   专业版 ').productId).toBe('ms-windows-10');
  });

  it('recognises a product the user added to the catalog', () => {
    const custom: Product = {
      id: 'city-oa-client',
      publisher: '某某软件公司',
      vendor: 'other',
      name: { zh: '协同办公客户端', en: 'OA client' },
      category: 'other',
      domestic: true,
      freeForInstitutions: 'no',
      editions: [],
      patterns: ['协同办公'],
      builtinVersion: 0,
      isBuiltin: false,
    };
    const catalog = [...BUILTIN_PRODUCTS, custom];
    expect(normalizeName('某市协同办公平台客户端 V5', catalog).productId).toBe('city-oa-client');
    expect(normalizeName('某市协同办公平台客户端 V5', BUILTIN_PRODUCTS).productId).toBeNull();
  });

  it('normalizes 100,000 names quickly, compiling the catalog once', () => {
    const fresh = createNormalizer(BUILTIN_PRODUCTS);
    const allNames = [...RECOGNISED.map(([raw]) => raw), ...NOT_PRODUCTS];
    // Distinct names defeat the cache and measure the matching itself.
    const distinct = Array.from({ length: 100_000 }, (_, i) => `${allNames[i % allNames.length]} (${i})`);
    let started = performance.now();
    for (const raw of distinct) fresh(raw);
    const distinctMs = performance.now() - started;
    // Real inventories repeat a few thousand names over and over.
    const repeated = Array.from({ length: 100_000 }, (_, i) => allNames[i % allNames.length] ?? '');
    started = performance.now();
    let recognised = 0;
    for (const raw of repeated) if (fresh(raw).productId !== null) recognised += 1;
    const repeatedMs = performance.now() - started;
    console.info(
      `normalize: 100,000 distinct names in ${distinctMs.toFixed(0)} ms; 100,000 repeated names in ${repeatedMs.toFixed(0)} ms`,
    );
    expect(recognised).toBeGreaterThan(80_000);
    expect(distinctMs).toBeLessThan(20_000);
  });
});
