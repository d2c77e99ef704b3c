import type { Normalizer, Product } from '../catalog';
import {
  createEmptyEvidence,
  type Entitlement,
  type Install,
  type Machine,
  MILESTONES,
  type Milestone,
  type UnitProfile,
} from '../model';
import type { DemoUnitSpec } from './city';
import { EXTRA_SOFTWARE, EXTRA_SOFTWARE_WEIGHT } from './extra-software';
import { BRANDS, CONTRACT_PREFIX, DEPARTMENTS, GIVEN, SURNAMES, XINCHUANG_BRANDS } from './names';
import { createRng, deriveSeed, type Rng } from './prng';
import { type DemoSoftware, OTHER_SOFTWARE, pickOffice, pickOs, pickSecurity } from './software-mix';

/** One unit's office data as the office side would hold it. */
export interface DemoUnitData {
  profile: UnitProfile;
  machines: Machine[];
  installs: Install[];
  entitlements: Entitlement[];
  milestones: Milestone[];
  fundsAllocatedFen: number;
}

export interface GenerateUnitOptions {
  seed: number;
  machines: number;
  period: string;
  /** How many everyday tools a machine has relative to the base mix (1 ≈ 10 tools). */
  toolDensity: number;
  /** About how many further programs each machine has from a longer list; none when absent or 0. */
  extraTools?: number;
  normalize: Normalizer;
  productsById: ReadonlyMap<string, Product>;
}

type ContractKey = NonNullable<DemoSoftware['contract']>;

const CONTRACTS: Record<
  ContractKey,
  { product: string; edition: string; channel: Entitlement['channel']; supplier: string; priceFen: number }
> = {
  office: {
    product: 'ms-office-2016',
    edition: 'professional_plus',
    channel: 'volume',
    supplier: '青岚信息技术有限公司',
    priceFen: 268_000,
  },
  wps: {
    product: 'wps-office',
    edition: 'professional',
    channel: 'central',
    supplier: '省级集中采购（北京金山办公）',
    priceFen: 0,
  },
  huorong: {
    product: 'huorong',
    edition: 'enterprise',
    channel: 'central',
    supplier: '省级集中采购（火绒安全）',
    priceFen: 0,
  },
  kaspersky: {
    product: 'kaspersky',
    edition: '',
    channel: 'volume',
    supplier: '青岚网安科技有限公司',
    priceFen: 19_800,
  },
};

/** Generates one unit's machines, installs, licences owned and progress, deterministically from the seed. */
export function generateUnit(spec: DemoUnitSpec, options: GenerateUnitOptions): DemoUnitData {
  const rng = createRng(deriveSeed(options.seed, spec.index));
  const year = Number(options.period.slice(0, 4));
  const profile: UnitProfile = {
    code: spec.code,
    name: spec.name,
    parentCode: spec.parentCode,
    parentName: spec.parentName,
    level: 'department',
    headcount: Math.round(options.machines * (0.8 + rng.next() * 0.5)),
    contact: personName(rng),
    phone: `0871-${rng.int(6000, 6999)}${String(rng.int(0, 9999)).padStart(4, '0')}`,
    period: options.period,
  };
  const machines: Machine[] = [];
  const installs: Install[] = [];
  const contractUse = new Map<ContractKey, number>();
  const prefix = `QL${String(spec.index + 1).padStart(3, '0')}`;

  for (let m = 0; m < options.machines; m++) {
    const [brand, model, arch, type] = rng.pick(rng.chance(0.06) ? XINCHUANG_BRANDS : BRANDS);
    const machine: Machine = {
      id: `${prefix}-m${m + 1}`,
      assetNo: `${prefix}-${String(m + 1).padStart(5, '0')}`,
      user: type === 'server' ? '' : personName(rng),
      department: rng.pick(DEPARTMENTS),
      type,
      brand,
      model,
      serial: `${brand === '联想' ? 'PF' : 'SN'}${(rng.int(0, 0xfffffff) >>> 0).toString(36).toUpperCase().padStart(6, '0')}${m}`,
      arch,
      zone: rng.weighted([
        ['intranet', 6],
        ['internet', 3],
        ['isolated', 1],
      ] as const),
      purchaseDate: `${rng.int(year - 9, year - 1)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
      status: rng.weighted([
        ['in_use', 92],
        ['idle', 6],
        ['scrapped', 2],
      ] as const),
      hostname: `${prefix}-PC${m + 1}`,
      uuid: '',
      notes: rng.chance(0.05) ? '该机使用人已调离，待重新分配。' : '',
    };
    machines.push(machine);
    const software: DemoSoftware[] = [pickOs(rng, arch, type === 'server')];
    const domesticOs = !/Windows/.test(software[0]?.rawName ?? '');
    const office = pickOffice(rng, domesticOs);
    if (office) software.push(office);
    const security = pickSecurity(rng);
    if (security) software.push(security);
    for (const [tool, share] of OTHER_SOFTWARE) {
      if (domesticOs && /Windows|Visio|Edge|AutoCAD/.test(tool.rawName)) continue;
      if (rng.chance(Math.min(0.97, share * options.toolDensity))) software.push(tool);
    }
    // Drawn only when asked for, so the default city stays the same draw for draw.
    const extraScale = (options.extraTools ?? 0) / EXTRA_SOFTWARE_WEIGHT;
    if (extraScale > 0) {
      for (const [tool, share] of EXTRA_SOFTWARE)
        if (rng.chance(Math.min(0.97, share * extraScale))) software.push(tool);
    }
    software.forEach((s, i) => {
      installs.push(toInstall(s, machine, `${machine.id}-i${i + 1}`, options, rng));
      if (s.contract) contractUse.set(s.contract, (contractUse.get(s.contract) ?? 0) + 1);
    });
  }

  const entitlements = makeEntitlements(prefix, contractUse, rng, year);
  const byKey = new Map(entitlements.map((e) => [e.id, e]));
  for (const install of installs) {
    const contract = contractOfInstall(install);
    if (!contract) continue;
    const entitlement = byKey.get(`${prefix}-e-${contract}`);
    install.entitlementId = entitlement?.id ?? null;
    install.evidence.contractNo = entitlement?.contractNo ?? '';
  }
  // Contract numbers of installs without an entitlement of their own (e.g. OS under the WPS bulk purchase).
  for (const install of installs) {
    const key = install.evidence.contractNo as ContractKey;
    if (Object.hasOwn(CONTRACTS, key))
      install.evidence.contractNo =
        byKey.get(`${prefix}-e-${key}`)?.contractNo ?? contractNumber(key, String(year - 2));
  }
  return {
    profile,
    machines,
    installs,
    entitlements,
    milestones: makeMilestones(rng, year, spec),
    fundsAllocatedFen: rng.int(0, 12) * 1_000_000,
  };
}

function toInstall(
  s: DemoSoftware,
  machine: Machine,
  id: string,
  options: GenerateUnitOptions,
  rng: Rng,
): Install {
  const normalized = options.normalize(s.rawName);
  const product = normalized.productId ? options.productsById.get(normalized.productId) : undefined;
  const evidence = createEmptyEvidence();
  evidence.coa = s.coa ?? 'none';
  evidence.productIdOem = s.productIdOem ?? null;
  evidence.activation = s.activation ?? 'unknown';
  evidence.kmsHost = s.kmsHost ?? '';
  evidence.originalMachine = s.originalMachine ?? null;
  evidence.expiry = s.expiry ?? '';
  // A placeholder that marks the contract; the entitlement's number replaces it once entitlements exist.
  if (s.contract) evidence.contractNo = s.contract;
  if (s.invoice) evidence.invoiceNo = String(rng.int(10_000_000, 99_999_999));
  return {
    id,
    machineId: machine.id,
    productId: normalized.productId,
    rawName: s.rawName,
    version: s.version,
    edition: normalized.editionId ?? '',
    category: product?.category ?? 'other',
    channel: s.channel,
    evidence,
    entitlementId: null,
    notes: '',
  };
}

function contractNumber(key: ContractKey, year: string): string {
  return `${CONTRACT_PREFIX}〔${key === 'office' ? '2019' : year}〕${String(key.length * 37).padStart(4, '0')}号`;
}

function contractOfInstall(install: Install): ContractKey | null {
  for (const [key, c] of Object.entries(CONTRACTS) as Array<[ContractKey, (typeof CONTRACTS)[ContractKey]]>) {
    if (
      install.productId === c.product &&
      install.channel === c.channel &&
      install.evidence.contractNo === key
    )
      return key;
  }
  return null;
}

function makeEntitlements(
  prefix: string,
  use: Map<ContractKey, number>,
  rng: Rng,
  year: number,
): Entitlement[] {
  const out: Entitlement[] = [];
  for (const [key, used] of use) {
    const c = CONTRACTS[key];
    // Most units bought enough; about a third are short, as the seed's figures suggest.
    const quantity = rng.chance(0.35)
      ? Math.max(1, Math.floor(used * (0.7 + rng.next() * 0.2)))
      : used + rng.int(0, 3);
    out.push({
      id: `${prefix}-e-${key}`,
      productId: c.product,
      edition: c.edition,
      channel: c.channel,
      quantity,
      contractNo: contractNumber(key, String(year - 2)),
      invoiceNo: c.priceFen > 0 ? String(rng.int(10_000_000, 99_999_999)) : '',
      supplier: c.supplier,
      purchaseDate: `${key === 'office' ? 2019 : year - 2}-0${rng.int(3, 9)}-1${rng.int(0, 9)}`,
      amountFen: c.priceFen * quantity,
      expiry: '',
      notes: c.priceFen === 0 ? '省级集中采购，单位无需付费。' : '',
    });
  }
  return out;
}

function makeMilestones(rng: Rng, year: number, spec: DemoUnitSpec): Milestone[] {
  const done = rng.weighted([
    [1, 2],
    [2, 3],
    [3, 6],
    [4, 5],
    [5, 3],
    [6, 2],
    [7, 1],
    [0, 1],
  ] as const);
  return MILESTONES.map((key, i) => ({
    key,
    state: i < done ? 'done' : i === done ? 'in_progress' : 'not_started',
    date: i <= done ? `${year}-${pad(Math.min(12, 3 + i))}-${pad(rng.int(1, 28))}` : '',
    note: '',
    docRef: key === 'leading_group' && i < done ? `青府办发〔${year}〕${100 + spec.index}号` : '',
  }));
}

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
