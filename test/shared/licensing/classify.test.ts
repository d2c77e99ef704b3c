import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import {
  type Classification,
  classifyInstall,
  DEFAULT_RULE_OPTIONS,
  type RuleOptions,
} from '../../../shared/licensing';
import type { Entitlement } from '../../../shared/model';
import { builtin, makeEntitlement, makeInstall, reasonKeys, TODAY, withOptions } from './helpers';

type InstallOverrides = Parameters<typeof makeInstall>[0];

function run(
  productId: string | null,
  install: InstallOverrides,
  options: Partial<RuleOptions> = {},
  entitlement: Entitlement | null = null,
): Classification {
  return classifyInstall({
    install: makeInstall({ productId, ...install }),
    product: productId === null ? null : builtin(productId),
    entitlement,
    options: withOptions(options),
    today: TODAY,
  });
}

const OEM_MATCHING = {
  channel: 'oem',
  evidence: { coa: 'matching', productIdOem: true, originalMachine: true },
} as const;

describe('edition restrictions', () => {
  it('Windows 10 Home on a unit machine is not genuine by default', () => {
    const result = run('ms-windows-10', { edition: 'home', ...OEM_MATCHING });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('windowsHome');
  });

  it('the same with windowsHomeAccepted is genuine when OEM evidence matches', () => {
    const result = run('ms-windows-10', { edition: 'home', ...OEM_MATCHING }, { windowsHomeAccepted: true });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)).toEqual(['oemGenuine', 'windowsHomeAccepted', 'oemProductIdSupports']);
  });

  it('Windows Home recorded as volume-activated is not genuine even when Home is accepted (Home has no KMS key)', () => {
    const result = run(
      'ms-windows-10',
      { edition: 'home', channel: 'volume', evidence: { contractNo: 'VL-1', coa: 'matching' } },
      { windowsHomeAccepted: true },
    );
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('volumeHomeImpossible');
  });

  it('a Windows Home edition typed by its Chinese name is recognised as Home', () => {
    expect(run('ms-windows-7', { edition: '家庭高级版', ...OEM_MATCHING }).status).toBe('not_genuine');
  });

  it('Office Home & Student is not genuine in a unit by default', () => {
    const result = run('ms-office-2019', {
      edition: 'home_student',
      channel: 'retail',
      evidence: { invoiceNo: 'FP-9' },
    });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('officeHomeStudent');
  });

  it('Office Home & Student with officeHomeStudentAccepted is genuine on its retail invoice', () => {
    const result = run(
      'ms-office-2019',
      { edition: 'home_student', channel: 'retail', evidence: { invoiceNo: 'FP-9' } },
      { officeHomeStudentAccepted: true },
    );
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.retailGenuine',
      params: { invoiceNo: 'FP-9' },
    });
  });

  it('Microsoft 365 Family is personal use only and not genuine in a unit by default', () => {
    const result = run('ms-365', {
      edition: 'family',
      channel: 'subscription',
      evidence: { invoiceNo: 'FP-1' },
    });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('personalUse');
  });

  it('AutoCAD Education is not genuine in a government unit, whatever the options', () => {
    const result = run(
      'autocad',
      { edition: 'education', channel: 'free' },
      { personalEditionsAccepted: true },
    );
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('educationOnly');
  });
});

describe('free personal editions (government use counts as commercial)', () => {
  it('WPS Office personal edition is not genuine in a unit by default', () => {
    const result = run('wps-office', { edition: 'personal', channel: 'free' });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('freePersonalNotAccepted');
  });

  it('WPS Office personal edition is genuine with personalEditionsAccepted', () => {
    const result = run(
      'wps-office',
      { edition: 'personal', channel: 'free' },
      { personalEditionsAccepted: true },
    );
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)[0]).toBe('freePersonalAccepted');
  });

  it('free personal security software (360安全卫士) is to verify by default', () => {
    const result = run('360-safeguard', { channel: 'free' });
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)[0]).toBe('personalSecurity.to_verify');
  });

  it.each([
    ['not_genuine', 'not_genuine'],
    ['genuine', 'genuine'],
  ] as const)('free personal security software follows personalSecurityVerdict=%s', (option, expected) => {
    expect(
      run('huorong', { edition: 'personal', channel: 'free' }, { personalSecurityVerdict: option }).status,
    ).toBe(expected);
  });

  it('the Huorong enterprise edition bought at retail is genuine on its invoice', () => {
    const result = run('huorong', {
      edition: 'enterprise',
      channel: 'retail',
      evidence: { invoiceNo: 'HR-2026-1' },
    });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)[0]).toBe('retailGenuine');
  });
});

describe('OEM licences', () => {
  it('OEM Windows with a COA label matching the edition is genuine and names the label', () => {
    const result = run('ms-windows-10', { edition: 'pro', ...OEM_MATCHING });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)).toEqual(['oemGenuine', 'oemProductIdSupports']);
  });

  it('an OEM licence moved from another machine is not genuine', () => {
    const result = run('ms-windows-10', {
      edition: 'pro',
      channel: 'oem',
      evidence: { coa: 'matching', originalMachine: false },
    });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('oemOtherMachine');
  });

  it('an OEM COA label of another edition than the installed one is not genuine', () => {
    const result = run('ms-windows-10', { edition: 'pro', channel: 'oem', evidence: { coa: 'mismatching' } });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('oemCoaMismatch');
  });

  it('OEM without a COA label is to verify even when the Product ID says OEM', () => {
    const result = run('ms-windows-10', { edition: 'pro', channel: 'oem', evidence: { productIdOem: true } });
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)[0]).toBe('oemNoCoaProductIdOem');
  });

  it('OEM with a matching COA but a Product ID without OEM is to verify', () => {
    const result = run('ms-windows-10', {
      edition: 'pro',
      channel: 'oem',
      evidence: { coa: 'matching', productIdOem: false },
    });
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)).toEqual(['oemProductIdNotOem', 'oemGenuine']);
  });
});

describe('volume licences and KMS hosts', () => {
  const volumePro = (kmsHost: string, extra: Record<string, unknown> = {}) =>
    ({
      edition: 'pro',
      channel: 'volume',
      evidence: { contractNo: 'MS-EA-2025-001', coa: 'matching', kmsHost, ...extra },
    }) as const;

  it("volume Windows 10 Pro with the unit's agreement, its own KMS host and an OEM COA underneath is genuine", () => {
    const result = run('ms-windows-10', volumePro('kms01.finance.local:1688'), {
      unitKmsHosts: ['KMS01.finance.local'],
    });
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.volumeGenuine',
      params: { contractNo: 'MS-EA-2025-001' },
    });
    expect(reasonKeys(result)).toContain('kmsUnit');
    expect(reasonKeys(result)).toContain('volumeUnderlyingCoa');
  });

  it('a KMS host on the public internet is not genuine', () => {
    const result = run('ms-windows-10', volumePro('kms.example.com'));
    expect(result.status).toBe('not_genuine');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.kmsPublic',
      params: { host: 'kms.example.com' },
    });
  });

  it.each(['127.0.0.1', '0.0.0.0', 'localhost', '::1', '127.0.0.2:1688'])(
    'a loopback KMS host (%s) means an emulator and is not genuine',
    (host) => {
      expect(reasonKeys(run('ms-office-2016', { ...volumePro(host), edition: 'professional_plus' }))[0]).toBe(
        'kmsLoopback',
      );
    },
  );

  it('a KMS host with a known emulator or piracy-server name is not genuine', () => {
    expect(run('ms-windows-10', volumePro('vlmcsd')).status).toBe('not_genuine');
    expect(reasonKeys(run('ms-windows-10', volumePro('kms.03k.org')))[0]).toBe('kmsEmulator');
  });

  it("a private KMS host not listed as the unit's own is to verify by default", () => {
    const result = run('ms-windows-10', volumePro('192.168.10.5'));
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)[0]).toBe('kmsPrivateToVerify');
  });

  it.each([
    ['genuine', 'genuine'],
    ['not_genuine', 'not_genuine'],
  ] as const)('an unlisted private KMS host follows privateKmsHostVerdict=%s', (option, expected) => {
    expect(run('ms-windows-10', volumePro('10.1.2.3'), { privateKmsHostVerdict: option }).status).toBe(
      expected,
    );
  });

  it('a Windows client volume licence without an underlying OEM or retail licence is to verify', () => {
    const result = run('ms-windows-10', {
      edition: 'enterprise',
      channel: 'volume',
      evidence: { contractNo: 'MS-EA-1' },
    });
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)[0]).toBe('volumeNoUnderlying');
  });

  it('a retail invoice also serves as the underlying licence for a Windows volume upgrade', () => {
    const result = run('ms-windows-10', {
      edition: 'enterprise',
      channel: 'volume',
      evidence: { contractNo: 'MS-EA-1', invoiceNo: 'FP-77' },
    });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)).toContain('volumeUnderlyingInvoice');
  });

  it('a Windows Server volume licence needs no underlying client licence', () => {
    const result = run('ms-windows-server-2019', {
      edition: 'standard',
      channel: 'volume',
      evidence: { contractNo: 'MS-EA-7' },
    });
    expect(result.status).toBe('genuine');
  });

  it('a volume licence without an agreement or contract number is to verify', () => {
    const result = run('ms-office-2016', { edition: 'professional_plus', channel: 'volume' });
    expect(result.status).toBe('to_verify');
    expect(reasonKeys(result)[0]).toBe('volumeNoContract');
  });

  it("an Office volume install takes the linked entitlement's contract number as evidence", () => {
    const entitlement = makeEntitlement({ id: 'e-office', contractNo: 'HT-2024-015', quantity: 10 });
    const result = run(
      'ms-office-2016',
      { edition: 'professional_plus', channel: 'unknown', entitlementId: 'e-office' },
      {},
      entitlement,
    );
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]?.params).toEqual({ contractNo: 'HT-2024-015' });
  });
});

describe('retail, subscription and central procurement', () => {
  it('retail with an invoice is genuine and names the invoice', () => {
    const result = run('winrar', { channel: 'retail', evidence: { invoiceNo: 'No.0012345' } });
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]?.params).toEqual({ invoiceNo: 'No.0012345' });
  });

  it('retail without an invoice is to verify', () => {
    expect(reasonKeys(run('adobe-photoshop', { channel: 'retail' }))[0]).toBe('retailNoInvoice');
  });

  it("Microsoft 365 Apps for enterprise under the unit's contract and not expired is genuine, naming contract and end date", () => {
    const result = run('ms-365', {
      edition: 'apps_for_enterprise',
      channel: 'subscription',
      evidence: { contractNo: 'M365-2026', expiry: '2026-12-31' },
    });
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.subscriptionGenuine',
      params: { ref: 'M365-2026', expiry: '2026-12-31' },
    });
  });

  it('an expired subscription is not genuine', () => {
    const result = run('ms-365', {
      edition: 'business_standard',
      channel: 'subscription',
      evidence: { contractNo: 'M365-2024', expiry: '2025-06-30' },
    });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('subscriptionExpired');
  });

  it('a subscription without contract or invoice is to verify', () => {
    expect(run('ms-365', { edition: 'e3', channel: 'subscription' }).status).toBe('to_verify');
  });

  it('central procurement (集中采购) with a document number is genuine and names it', () => {
    const result = run('wps-office', {
      edition: 'government',
      channel: 'central',
      evidence: { contractNo: '省财采〔2024〕12号' },
    });
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.centralGenuine',
      params: { docNo: '省财采〔2024〕12号' },
    });
  });

  it('central procurement without a document number is to verify', () => {
    expect(reasonKeys(run('wps-office', { edition: 'government', channel: 'central' }))[0]).toBe(
      'centralNoDocument',
    );
  });
});

describe('trial and evaluation editions', () => {
  it('Windows Enterprise Evaluation in daily use is not genuine', () => {
    const result = run('ms-windows-10', { edition: 'enterprise_eval', channel: 'unknown' });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('trialExpired');
  });

  it('Windows Server Evaluation is not genuine even when a volume contract is recorded', () => {
    const result = run('ms-windows-server-2019', {
      edition: 'evaluation',
      channel: 'volume',
      evidence: { contractNo: 'MS-EA-7' },
    });
    expect(result.status).toBe('not_genuine');
  });

  it('a trial still within its period is to verify and says until when', () => {
    const result = run('winrar', { channel: 'trial', evidence: { expiry: '2026-03-20' } });
    expect(result.status).toBe('to_verify');
    expect(result.reasons[0]?.params).toMatchObject({ expiry: '2026-03-20' });
  });

  it('a trial past its end date is not genuine', () => {
    expect(run('winrar', { channel: 'trial', evidence: { expiry: '2026-01-10' } }).status).toBe(
      'not_genuine',
    );
  });

  it('the Kylin trial edition is not genuine', () => {
    expect(
      run('kylin-desktop', { edition: 'trial', channel: 'oem', evidence: { activation: 'activated' } })
        .status,
    ).toBe('not_genuine');
  });
});

describe('free and open-source software', () => {
  it("7-Zip needs no licence proof: genuine, naming the catalog's free terms", () => {
    const result = run('7-zip', { channel: 'unknown' });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)[0]).toBe('freeForInstitutions');
  });

  it('software whose free terms are unverified (2345好压) is to verify', () => {
    expect(reasonKeys(run('haozip', { channel: 'free' }))[0]).toBe('freeTermsUnverified');
  });

  it('Foxit PDF Reader is to verify while its terms are unverified', () => {
    expect(run('foxit-reader', { channel: 'free' }).status).toBe('to_verify');
  });

  it('a paid product recorded as free is not genuine', () => {
    const result = run('adobe-photoshop', { channel: 'free' });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('claimedFreeButPaid');
  });

  it('Bandizip Standard is genuine but Bandizip Professional recorded as free is not', () => {
    expect(run('bandizip', { edition: 'standard', channel: 'free' }).status).toBe('genuine');
    expect(run('bandizip', { edition: 'pro', channel: 'free' }).status).toBe('not_genuine');
  });

  it('WinRAR with no licence record at all is not genuine', () => {
    const result = run('winrar', { channel: 'unknown' });
    expect(result.status).toBe('not_genuine');
    expect(reasonKeys(result)[0]).toBe('noRecordNotGenuine');
  });

  it('Acrobat Reader is genuine while Acrobat Pro without a licence is not', () => {
    expect(run('adobe-acrobat-reader', {}).status).toBe('genuine');
    expect(run('adobe-acrobat', { edition: 'pro' }).status).toBe('not_genuine');
  });
});

describe('Chinese operating systems and the government edition', () => {
  it('Kylin commercial edition activated for the device is genuine, naming the activation', () => {
    const result = run('kylin-desktop', {
      edition: 'commercial',
      channel: 'oem',
      evidence: { activation: 'activated' },
    });
    expect(result.status).toBe('genuine');
    expect(reasonKeys(result)[0]).toBe('activatedPerDevice');
  });

  it('Kylin whose activation has expired is not genuine', () => {
    expect(
      run('kylin-desktop', { edition: 'commercial', channel: 'oem', evidence: { activation: 'expired' } })
        .status,
    ).toBe('not_genuine');
  });

  it('UOS Home (家庭版) is to verify in a unit', () => {
    expect(
      run('uos', { edition: 'home', channel: 'oem', evidence: { activation: 'activated' } }).status,
    ).toBe('to_verify');
  });

  it('community Linux (openKylin) is genuine by default and to verify under communityLinuxVerdict=to_verify', () => {
    expect(run('openkylin', { channel: 'open_source' }).status).toBe('genuine');
    expect(run('openkylin', { channel: 'open_source' }, { communityLinuxVerdict: 'to_verify' }).status).toBe(
      'to_verify',
    );
  });

  it('Windows 10 Enterprise G (神州网信政府版) with a purchase contract is genuine', () => {
    const result = run('ms-windows-10', {
      edition: 'enterprise_g',
      channel: 'volume',
      evidence: { contractNo: 'CMIT-88' },
    });
    expect(result.status).toBe('genuine');
    expect(result.reasons[0]?.params).toMatchObject({ ref: 'CMIT-88' });
  });

  it('Windows 10 Enterprise G without any proof is to verify, not condemned', () => {
    expect(run('ms-windows-10', { edition: 'enterprise_g', channel: 'unknown' }).status).toBe('to_verify');
  });
});

describe('unknown products, channels and mismatched links', () => {
  it('an install whose product is not in the catalog is to verify and quotes the raw name', () => {
    const result = run(null, { rawName: '某某业务系统客户端 3.2' });
    expect(result.status).toBe('to_verify');
    expect(translate('zh-CN', result.reasons[0] ?? { key: '' })).toContain('某某业务系统客户端 3.2');
  });

  it('an install with an unknown channel and no evidence is to verify', () => {
    expect(reasonKeys(run('ms-office-2016', { edition: 'professional_plus' }))[0]).toBe('unknownChannel');
  });

  it('a contract recorded without saying how the licence was obtained is to verify and quotes the contract', () => {
    const result = run('ms-office-2016', { edition: 'standard', evidence: { contractNo: 'HT-9' } });
    expect(result.status).toBe('to_verify');
    expect(result.reasons[0]).toEqual({
      key: 'licensing:reason.recordWithoutChannel',
      params: { ref: 'HT-9' },
    });
  });

  it('an install linked to an entitlement of a different product is flagged and cannot be genuine by it', () => {
    const wrong = makeEntitlement({ id: 'e-visio', productId: 'ms-visio', contractNo: 'HT-1', quantity: 5 });
    const viaLink = run('ms-office-2016', { edition: 'standard', entitlementId: 'e-visio' }, {}, wrong);
    expect(viaLink.status).toBe('to_verify');
    expect(reasonKeys(viaLink)).toContain('entitlementOtherProduct');

    const withOwnInvoice = run(
      'ms-office-2016',
      { edition: 'standard', channel: 'retail', entitlementId: 'e-visio', evidence: { invoiceNo: 'FP-5' } },
      {},
      wrong,
    );
    expect(withOwnInvoice.status).toBe('to_verify');
    expect(reasonKeys(withOwnInvoice)[0]).toBe('entitlementOtherProduct');
  });
});

describe('explanations', () => {
  /** Reason keys that name a concrete piece of evidence, as LICENSING.md requires for a genuine verdict. */
  const EVIDENCE_KEYS = new Set([
    'oemGenuine',
    'retailGenuine',
    'volumeGenuine',
    'subscriptionGenuine',
    'subscriptionGenuineOpenEnded',
    'centralGenuine',
    'governmentEditionGenuine',
    'governmentEditionCoa',
    'activatedPerDevice',
    'freeForInstitutions',
    'freePersonalAccepted',
    'personalSecurity.genuine',
    'communityLinuxGenuine',
  ]);

  const genuineCases: [string, InstallOverrides, Partial<RuleOptions>][] = [
    ['ms-windows-10', { edition: 'pro', ...OEM_MATCHING }, {}],
    ['ms-office-2016', { edition: 'standard', channel: 'retail', evidence: { invoiceNo: 'FP-1' } }, {}],
    [
      'ms-windows-server-2016',
      { edition: 'datacenter', channel: 'volume', evidence: { contractNo: 'EA' } },
      {},
    ],
    ['ms-365', { edition: 'e5', channel: 'subscription', evidence: { invoiceNo: 'FP-2' } }, {}],
    ['wps-office', { edition: 'professional', channel: 'central', evidence: { contractNo: '文号' } }, {}],
    ['uos', { edition: 'professional', channel: 'unknown', evidence: { activation: 'activated' } }, {}],
    ['chrome', {}, {}],
    ['deepin', {}, {}],
    ['360-antivirus', {}, { personalSecurityVerdict: 'genuine' }],
  ];

  it.each(genuineCases)(
    'a genuine verdict for %s names its evidence first',
    (productId, install, options) => {
      const result = run(productId, install, options);
      expect(result.status).toBe('genuine');
      expect(EVIDENCE_KEYS.has(reasonKeys(result)[0] ?? '')).toBe(true);
    },
  );

  it('every reason renders as a whole sentence in both languages with all placeholders filled', () => {
    const results = [
      ...genuineCases.map(([id, install, options]) => run(id, install, options)),
      run('ms-windows-10', { edition: 'home', ...OEM_MATCHING }),
      run('ms-windows-10', {
        edition: 'pro',
        channel: 'volume',
        evidence: { contractNo: 'x', kmsHost: '10.0.0.1' },
      }),
      run('winrar', { channel: 'trial', evidence: { expiry: '2026-04-01' } }),
      run('ms-365', { edition: 'personal', channel: 'subscription' }),
      run(null, { rawName: 'X' }),
    ];
    for (const reason of results.flatMap((result) => result.reasons)) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const text = translate(lang, reason);
        expect(text).not.toBe(reason.key);
        expect(text).not.toMatch(/\{\{/);
      }
    }
  });

  it('the default options are those LICENSING.md lists for the contested rules', () => {
    expect(DEFAULT_RULE_OPTIONS).toEqual({
      windowsHomeAccepted: false,
      personalEditionsAccepted: false,
      personalSecurityVerdict: 'to_verify',
      privateKmsHostVerdict: 'to_verify',
      officeHomeStudentAccepted: false,
      communityLinuxVerdict: 'genuine',
      unitKmsHosts: [],
    });
  });
});
