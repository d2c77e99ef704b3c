import type { Product } from '../catalog';
import { type Language, translate } from '../i18n';
import { classifyAll, type RuleOptions } from '../licensing';
import type { Entitlement, Install, Machine, Milestone, UnitProfile } from '../model';
import { type BudgetLine, RETURN_SCHEMA_VERSION, type ReturnData } from '../return-file';
import { sanitizeFileName } from '../safe-output';

/** What an office holds that goes into its return file. */
export interface OfficeReturnInput {
  profile: UnitProfile;
  machines: readonly Machine[];
  installs: readonly Install[];
  entitlements: readonly Entitlement[];
  milestones: readonly Milestone[];
  budget: readonly BudgetLine[];
  catalog: readonly Product[];
  options: RuleOptions;
  packageId: string;
  ruleOptionsDigest: string;
}

export interface ReturnMetaInput {
  programVersion: string;
  /** ISO time of the export; passed in so the same data exports to the same bytes. */
  exportedAt: string;
  /** Language of the verdict reasons written into the software ledger. */
  language?: Language;
}

/**
 * Builds the return file's content from an office's ledgers: every install gets its derived
 * verdict and the reasons as whole sentences, as the clerk saw them on screen.
 */
export function buildReturnData(input: OfficeReturnInput, meta: ReturnMetaInput): ReturnData {
  const language = meta.language ?? 'zh-CN';
  const verdicts = classifyAll(
    input.installs,
    input.machines,
    input.entitlements,
    input.catalog,
    input.options,
    {
      today: meta.exportedAt.slice(0, 10),
    },
  );
  const rendered = new Map<object, string[]>();
  return {
    meta: {
      schemaVersion: RETURN_SCHEMA_VERSION,
      programVersion: meta.programVersion,
      exportedAt: meta.exportedAt,
      packageId: input.packageId,
      ruleOptionsDigest: input.ruleOptionsDigest,
    },
    profile: input.profile,
    machines: input.machines.map((m) => ({ ...m })),
    installs: input.installs.map((install) => {
      const verdict = verdicts.get(install.id);
      if (!verdict) return { ...install, status: 'to_verify' as const, reasons: [] };
      // Installs with identical facts share one verdict object: render its sentences once.
      let reasons = rendered.get(verdict);
      if (!reasons) {
        reasons = verdict.reasons.map((r) => translate(language, r).replace(/[\r\n]+/g, ' '));
        rendered.set(verdict, reasons);
      }
      return { ...install, status: verdict.status, reasons };
    }),
    entitlements: input.entitlements.map((e) => ({ ...e })),
    milestones: input.milestones.map((m) => ({ ...m })),
    budget: input.budget.map((b) => ({ ...b })),
  };
}

/** The suggested file name: <单位代码>_<单位名称>_<报送期>_回传.xlsx, safe on every file system. */
export function suggestReturnFileName(profile: Pick<UnitProfile, 'code' | 'name' | 'period'>): string {
  return sanitizeFileName(`${profile.code}_${profile.name}_${profile.period}_回传.xlsx`);
}
