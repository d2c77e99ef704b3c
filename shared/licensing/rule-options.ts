import { z } from 'zod';

const verdictSchema = z.enum(['genuine', 'not_genuine', 'to_verify']);

/**
 * The contested rules of LICENSING.md as options. The central office's reporting package sets them
 * for every unit so that all returns are classified the same way; defaults follow LICENSING.md.
 */
export const ruleOptionsSchema = z.object({
  /** 1. Windows Home editions count as genuine in a unit. */
  windowsHomeAccepted: z.boolean().default(false),
  /** 2. Free personal editions are acceptable, i.e. government use does not count as commercial. */
  personalEditionsAccepted: z.boolean().default(false),
  /** 3. Verdict for free personal security software (360, Huorong / Kingsoft personal editions). */
  personalSecurityVerdict: verdictSchema.default('to_verify'),
  /** 4. Verdict for a KMS host on a private address that is not listed as the unit's own. */
  privateKmsHostVerdict: verdictSchema.default('to_verify'),
  /** 5. Office Home & Student (often pre-installed on unit-bought laptops) counts as genuine. */
  officeHomeStudentAccepted: z.boolean().default(false),
  /** 6. Verdict for free community Linux (deepin, openKylin, Ubuntu Kylin) where 信创 rules may ask for a commercial OS. */
  communityLinuxVerdict: z.enum(['genuine', 'to_verify']).default('genuine'),
  /** Host names or addresses of the unit's own KMS servers. */
  unitKmsHosts: z.array(z.string().max(255)).max(1000).default([]),
});

export type RuleOptions = z.infer<typeof ruleOptionsSchema>;

export const DEFAULT_RULE_OPTIONS: RuleOptions = ruleOptionsSchema.parse({});
