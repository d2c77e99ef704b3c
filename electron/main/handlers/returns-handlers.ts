import { createHash } from 'node:crypto';
import type { returnsMethods } from '../../../shared/contract';
import { ApiFailure } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { buildReturnData, suggestReturnFileName } from '../../../shared/office-return';
import { decodeReturn, encodeReturn, type ReturnData } from '../../../shared/return-file';
import { summarizeReturn } from '../../../shared/stats/summary';
import type { AppService } from '../services/app-service';
import { writeFileAtomic } from '../store/atomic-file';
import { readReturnBudget } from './budget/office-budget-handlers';
import { getCatalog } from './office/derive';
import type { HandlerMap } from './types';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface BuiltReturn {
  data: ReturnData;
  bytes: Uint8Array;
}

/** Assembles and encodes the unit's return from the office document as it is now. */
function buildOfficeReturn(app: AppService): BuiltReturn | null {
  const ws = app.workspace();
  const doc = ws.office.data;
  if (!doc.profile) return null;
  const packageId = ws.central.data.activePackage?.id ?? '';
  const data = buildReturnData(
    {
      profile: doc.profile,
      machines: doc.machines,
      installs: doc.installs,
      entitlements: doc.entitlements,
      milestones: doc.milestones,
      budget: readReturnBudget(app),
      catalog: getCatalog(doc),
      options: doc.ruleOptions,
      packageId,
      ruleOptionsDigest: sha256(new TextEncoder().encode(JSON.stringify(doc.ruleOptions))).slice(0, 16),
    },
    { programVersion: app.options.version, exportedAt: app.options.now().toISOString(), language: 'zh-CN' },
  );
  return { data, bytes: encodeReturn(data, { digest: sha256 }) };
}

/** Checking and exporting the office's return file. */
export const returnsHandlers = {
  'returns:preview': async (_input, { app }) => {
    const built = buildOfficeReturn(app);
    const doc = app.workspace().office.data;
    const counts = {
      machines: doc.machines.length,
      installs: doc.installs.length,
      entitlements: doc.entitlements.length,
      milestones: doc.milestones.length,
    };
    if (!built) {
      return {
        fileName: null,
        summary: summarizeReturn({ machines: [], installs: [] }),
        counts,
        budget: [],
        packageId: '',
        issues: [{ severity: 'error', message: { key: 'returnFile:export.noProfile' } }],
        canExport: false,
      };
    }
    // Read the file back exactly as the city office will, so the clerk sees its problems first.
    const check = decodeReturn(built.bytes, { digest: sha256 });
    return {
      fileName: suggestReturnFileName(built.data.profile),
      summary: summarizeReturn(built.data),
      counts,
      budget: built.data.budget.map(({ scenario, category, amountFen }) => ({
        scenario,
        category,
        amountFen,
      })),
      packageId: built.data.meta.packageId,
      issues: check.issues,
      canExport: check.value !== null,
    };
  },
  'returns:export': async (_input, { app, host }) => {
    const built = buildOfficeReturn(app);
    if (!built) throw new ApiFailure('invalid_input', { key: 'returnFile:export.noProfile' });
    const check = decodeReturn(built.bytes, { digest: sha256 });
    if (!check.value) throw new ApiFailure('invalid_input', { key: 'returnFile:export.hasErrors' });
    const path = await host.chooseSaveFile({
      title: translate(app.language, { key: 'returnFile:export.dialogTitle' }),
      defaultName: suggestReturnFileName(built.data.profile),
      filters: [
        { name: translate(app.language, { key: 'returnFile:export.filterName' }), extensions: ['xlsx'] },
      ],
    });
    if (!path) return null;
    await writeFileAtomic(path, built.bytes);
    return { path, bytes: built.bytes.length, digest: sha256(built.bytes) };
  },
} satisfies HandlerMap<keyof typeof returnsMethods>;
