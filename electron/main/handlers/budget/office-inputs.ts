import type { InstallWithStatus } from '../../../../shared/budget';
import type { AppService } from '../../services/app-service';
import { deriveOffice } from '../office/derive';

/**
 * The unit's installs that count on the summary form (not on scrapped machines) with their verdicts,
 * ready for computeOfficeBudget or computeReturnBudget.
 */
export function readOfficeInstallsWithStatus(app: AppService): InstallWithStatus[] {
  const doc = app.workspace().office.data;
  const derived = deriveOffice(app);
  const scrapped = new Set(doc.machines.filter((m) => m.status === 'scrapped').map((m) => m.id));
  return doc.installs
    .filter((install) => !scrapped.has(install.machineId))
    .map((install) => ({
      productId: install.productId,
      edition: install.edition,
      category: install.category,
      rawName: install.rawName,
      status: derived.byInstall.get(install.id)?.status ?? 'to_verify',
    }));
}
