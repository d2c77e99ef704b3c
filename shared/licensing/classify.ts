import type { Product } from '../catalog/product';
import type { Message } from '../i18n';
import type { Entitlement, Install, LicenceStatus } from '../model';
import { createEditionResolver, type Finding, gatherFacts, message } from './classify-facts';
import { RULES } from './classify-rules';
import { classifyKmsHost, type KmsHostKind, normalizeKmsHost, toUnitKmsHostSet } from './kms-host';
import type { RuleOptions } from './rule-options';

/** The derived verdict and the whole sentences that explain it, the deciding one first. */
export interface Classification {
  status: LicenceStatus;
  reasons: readonly Message[];
}

export interface ClassifyInput {
  install: Install;
  product: Product | null;
  entitlement: Entitlement | null;
  options: RuleOptions;
  /** Today as YYYY-MM-DD, to tell a running trial or subscription from one that has ended. */
  today?: string;
}

export type InstallClassifier = (
  install: Install,
  product: Product | null,
  entitlement: Entitlement | null,
) => Classification;

const SEVERITY: Record<LicenceStatus, number> = { not_genuine: 2, to_verify: 1, genuine: 0 };

/** Derives one install's licence status from the facts the clerk recorded (pure, table-driven). */
export function classifyInstall(input: ClassifyInput): Classification {
  return createInstallClassifier(input.options, input.today ?? '')(
    input.install,
    input.product,
    input.entitlement,
  );
}

/** Prepares the rule set once (KMS host lists, caches) for classifying many installs. */
export function createInstallClassifier(options: RuleOptions, today = ''): InstallClassifier {
  const unitHosts = toUnitKmsHostSet(options.unitKmsHosts);
  const resolveEdition = createEditionResolver();
  const kmsKinds = new Map<string, KmsHostKind>();
  const kindOf = (host: string): KmsHostKind | null => {
    if (host.trim() === '') return null;
    let kind = kmsKinds.get(host);
    if (kind === undefined) {
      kind = classifyKmsHost(normalizeKmsHost(host), unitHosts);
      kmsKinds.set(host, kind);
    }
    return kind;
  };

  return (install, product, entitlement) => {
    if (product === null) {
      return { status: 'to_verify', reasons: [message('unknownProduct', { rawName: install.rawName })] };
    }
    const facts = gatherFacts({
      install,
      product,
      entitlement,
      options,
      today,
      kmsKind: kindOf(install.evidence.kmsHost),
      resolveEdition,
    });
    let decision: Finding | null = null;
    for (const rule of RULES) {
      decision = rule(facts);
      if (decision !== null) break;
    }
    const findings = decision === null ? [...facts.caps] : [decision, ...facts.caps];
    // Stable sort: the most severe finding leads and sets the status.
    findings.sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
    const lead = findings[0];
    return {
      status: lead?.status ?? 'to_verify',
      reasons: [...findings.map((finding) => finding.reason), ...facts.notes],
    };
  };
}
