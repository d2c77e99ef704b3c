import { BUILTIN_PRODUCTS, type Product } from '../../../shared/catalog';
import { DEFAULT_RULE_OPTIONS, type RuleOptions } from '../../../shared/licensing';
import {
  createEmptyEvidence,
  createMachineDraft,
  type Entitlement,
  type Evidence,
  type Install,
  type Machine,
} from '../../../shared/model';

export const TODAY = '2026-03-01';

type InstallOverrides = Partial<Omit<Install, 'evidence'>> & { evidence?: Partial<Evidence> };

/** An install with nothing recorded but what the test says. */
export function makeInstall(overrides: InstallOverrides = {}): Install {
  const { evidence, ...rest } = overrides;
  return {
    id: 'i1',
    machineId: 'm1',
    productId: null,
    rawName: '',
    version: '',
    edition: '',
    category: 'other',
    channel: 'unknown',
    entitlementId: null,
    notes: '',
    ...rest,
    evidence: { ...createEmptyEvidence(), ...evidence },
  };
}

export function makeEntitlement(overrides: Partial<Entitlement> = {}): Entitlement {
  return {
    id: 'e1',
    productId: 'ms-office-2016',
    edition: '',
    channel: 'volume',
    quantity: 1,
    contractNo: '',
    invoiceNo: '',
    supplier: '',
    purchaseDate: '',
    amountFen: 0,
    expiry: '',
    notes: '',
    ...overrides,
  };
}

export function makeMachine(id: string, overrides: Partial<Machine> = {}): Machine {
  return { id, ...createMachineDraft(`A-${id}`), ...overrides };
}

/** A built-in product by id; fails the test loudly when the catalog lost it. */
export function builtin(id: string): Product {
  const found = BUILTIN_PRODUCTS.find((product) => product.id === id);
  if (found === undefined) throw new Error(`built-in product ${id} is missing`);
  return found;
}

export function withOptions(overrides: Partial<RuleOptions>): RuleOptions {
  return { ...DEFAULT_RULE_OPTIONS, ...overrides };
}

export function reasonKeys(result: { reasons: readonly { key: string }[] }): string[] {
  return result.reasons.map((reason) => reason.key.replace('licensing:reason.', ''));
}
