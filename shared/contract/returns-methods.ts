import { z } from 'zod';
import type { ReturnIssue } from '../return-file';
import type { ReturnSummary } from '../stats/summary';
import { method } from './define';

/** What the export screen shows before the clerk saves the return file. */
export interface ReturnPreview {
  /** Null when the unit profile has not been filled in: nothing can be exported yet. */
  fileName: string | null;
  summary: ReturnSummary;
  counts: { machines: number; installs: number; entitlements: number; milestones: number };
  budget: Array<{ scenario: string; category: string; amountFen: number }>;
  packageId: string;
  /** Problems found by reading the file back exactly as the city office will. */
  issues: ReturnIssue[];
  canExport: boolean;
}

export interface ReturnExported {
  path: string;
  bytes: number;
  digest: string;
}

const empty = z.object({}).strict();

/** The office side's return file: check it, then export it. */
export const returnsMethods = {
  'returns:preview': method<ReturnPreview>()(empty),
  'returns:export': method<ReturnExported | null>()(empty),
};
