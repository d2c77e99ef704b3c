import { z } from 'zod';
import { categorySchema } from '../model/codes';
import { FULL_BP } from './money';
import { PURCHASE_CHANNELS, priceBasisSchema, purchaseChannelSchema } from './price-list';

/** Built-in kinds label a scenario's intent; every kind is computed by the same rules. */
export const SCENARIO_KINDS = ['list', 'agreement', 'substitution', 'custom'] as const;
export const scenarioKindSchema = z.enum(SCENARIO_KINDS);
export type ScenarioKind = z.infer<typeof scenarioKindSchema>;

const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/);

/** A discount off a vendor's list price, in basis points (1,500 = 15 %). */
export const vendorDiscountSchema = z.object({
  vendor: slugSchema,
  discountBp: z.number().int().min(0).max(FULL_BP),
});
export type VendorDiscount = z.infer<typeof vendorDiscountSchema>;

/**
 * One line of the substitution mapping (国产替代): which needs it replaces and by what. It matches, most
 * specific first, the listed products; else the vendor's products of the category; else, with neither
 * given, every non-domestic product of the category.
 */
export const substitutionRuleSchema = z.object({
  id: z.string().min(1).max(64),
  category: categorySchema,
  fromProductIds: z.array(slugSchema).max(100),
  /** Vendor key such as 'microsoft'; '' when the rule names products or means any foreign vendor. */
  fromVendor: z.union([z.literal(''), slugSchema]),
  toProductId: slugSchema,
  /** Edition id of the substitute, or '' for a price that applies to any edition. */
  toEdition: z.string().max(64),
  notes: z.string().max(512),
});
export type SubstitutionRule = z.infer<typeof substitutionRuleSchema>;

/** A budget scenario (测算口径): how each licence to buy is priced. */
export const scenarioSchema = z.object({
  id: z.string().min(1).max(64),
  /** Shown in the report and written to the return file, e.g. 按目录价采购原产品. */
  name: z.string().trim().min(1).max(128),
  kind: scenarioKindSchema,
  /** Price bases to try in order; the first with a price wins. */
  bases: z.array(priceBasisSchema).min(1).max(3),
  /** Licence channels to buy through, preferred first. */
  channels: z.array(purchaseChannelSchema).min(1).max(PURCHASE_CHANNELS.length),
  /** Discounts applied to list prices (never to agreement or quoted prices, which are already net). */
  vendorDiscounts: z.array(vendorDiscountSchema).max(200),
  /** Empty unless the scenario replaces products. */
  substitutions: z.array(substitutionRuleSchema).max(500),
  notes: z.string().max(1024),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenariosSchema = z.array(scenarioSchema).min(1).max(20);

/** Names of the default scenarios in the user's language (they are data once created). */
export interface DefaultScenarioNames {
  list: string;
  agreement: string;
  substitution: string;
}

export const DEFAULT_CHANNELS: readonly (typeof PURCHASE_CHANNELS)[number][] = [
  'volume',
  'central',
  'retail',
  'subscription',
  'oem',
];

/** Windows Server releases in the built-in catalog; they map to a server operating system. */
const WINDOWS_SERVER_IDS = [
  'ms-windows-server-2008',
  'ms-windows-server-2008-r2',
  'ms-windows-server-2012',
  'ms-windows-server-2012-r2',
  'ms-windows-server-2016',
  'ms-windows-server-2019',
  'ms-windows-server-2022',
];

/** The shipped substitution mapping: Windows → Kylin, Microsoft Office → WPS, foreign antivirus → Huorong. */
export function createDefaultSubstitutions(): SubstitutionRule[] {
  return [
    {
      id: 'sub-windows-server',
      category: 'os',
      fromProductIds: [...WINDOWS_SERVER_IDS],
      fromVendor: '',
      toProductId: 'kylin-server',
      toEdition: 'server',
      notes: '',
    },
    {
      id: 'sub-windows',
      category: 'os',
      fromProductIds: [],
      fromVendor: 'microsoft',
      toProductId: 'kylin-desktop',
      toEdition: 'commercial',
      notes: '',
    },
    {
      id: 'sub-ms-office',
      category: 'office',
      fromProductIds: [],
      fromVendor: 'microsoft',
      toProductId: 'wps-office',
      toEdition: 'professional',
      notes: '',
    },
    {
      id: 'sub-foreign-security',
      category: 'security',
      fromProductIds: [],
      fromVendor: '',
      toProductId: 'huorong',
      toEdition: 'enterprise',
      notes: '',
    },
  ];
}

/** The three scenarios every workspace starts with: list price, agreement price, domestic substitution. */
export function createDefaultScenarios(names: DefaultScenarioNames): Scenario[] {
  return [
    {
      id: 'list',
      name: names.list,
      kind: 'list',
      bases: ['list'],
      channels: [...DEFAULT_CHANNELS],
      vendorDiscounts: [],
      substitutions: [],
      notes: '',
    },
    {
      id: 'agreement',
      name: names.agreement,
      kind: 'agreement',
      bases: ['agreement', 'list'],
      channels: [...DEFAULT_CHANNELS],
      vendorDiscounts: [],
      substitutions: [],
      notes: '',
    },
    {
      id: 'substitution',
      name: names.substitution,
      kind: 'substitution',
      bases: ['agreement', 'list'],
      channels: [...DEFAULT_CHANNELS],
      vendorDiscounts: [],
      substitutions: createDefaultSubstitutions(),
      notes: '',
    },
  ];
}

/** Problems that make a scenario set unusable: repeated ids or names (the return file keys rows by name). */
export function findScenarioConflicts(
  scenarios: readonly Scenario[],
): Array<{ id: string; field: 'id' | 'name' }> {
  const ids = new Set<string>();
  const names = new Set<string>();
  const conflicts: Array<{ id: string; field: 'id' | 'name' }> = [];
  for (const scenario of scenarios) {
    if (ids.has(scenario.id)) conflicts.push({ id: scenario.id, field: 'id' });
    ids.add(scenario.id);
    const name = scenario.name.trim();
    if (names.has(name)) conflicts.push({ id: scenario.id, field: 'name' });
    names.add(name);
  }
  return conflicts;
}
