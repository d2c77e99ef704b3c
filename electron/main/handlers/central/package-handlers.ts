import { readFile, stat } from 'node:fs/promises';
import { saveProduct } from '../../../../shared/catalog/catalog-store';
import { ApiFailure } from '../../../../shared/contract';
import {
  decodePackage,
  encodePackage,
  MAX_PACKAGE_BYTES,
  PACKAGE_EXTENSION,
  type ReportingPackage,
  toIssuedPackage,
} from '../../../../shared/report/reporting-package';
import { writeFileAtomic } from '../../store/atomic-file';
import type { HandlerMap } from '../types';
import { dialogText, requireProfile, safeFileName } from './central-context';

type PackageMethods = 'package:export' | 'package:issued' | 'package:import' | 'package:get';

const PACKAGE_FILTER = [{ name: 'Zhengban', extensions: [PACKAGE_EXTENSION] }];

/** The price list of the budget document, once it has one; carried opaque in the package. */
function readPriceList(budget: unknown): unknown[] {
  if (typeof budget !== 'object' || budget === null || !('priceList' in budget)) return [];
  const list: unknown = budget.priceList;
  return Array.isArray(list) ? list : [];
}

/** 填报通知包: issued by the central office, received by each unit so all classify the same way. */
export const packageHandlers = {
  'package:export': async ({ period, deadline, title, notes }, { app, host }) => {
    const profile = requireProfile(app);
    const ws = app.workspace();
    const issuedAt = app.options.now();
    const stamp = issuedAt.toISOString().replace(/\D/g, '').slice(0, 14);
    const path = await host.chooseSaveFile({
      title: dialogText(app, 'exportPackage'),
      defaultName: safeFileName(dialogText(app, 'packageFileName', { period })),
      filters: PACKAGE_FILTER,
    });
    if (!path) return null;
    const text = encodePackage({
      id: `${profile.code}-${period}-${stamp}`,
      title,
      period,
      deadline,
      issuer: { code: profile.code, name: profile.name },
      issuedAt: issuedAt.toISOString(),
      ruleOptions: ws.office.data.ruleOptions,
      catalogAdditions: ws.office.data.userCatalog,
      priceList: readPriceList(ws.budget.data),
      notes,
    });
    const decoded = decodePackage(text);
    if (!decoded.value) throw new ApiFailure('internal', decoded.issues[0] ?? { key: 'errors:api.internal' });
    await writeFileAtomic(path, text);
    const issued = toIssuedPackage(decoded.value);
    await ws.central.update((d) => {
      d.issuedPackages.push(issued);
    });
    return { path, package: issued };
  },
  'package:issued': async (_input, { app }) => app.workspace().central.data.issuedPackages,
  'package:import': async (_input, { app, host }) => {
    const [path] = await host.chooseOpenFiles({
      title: dialogText(app, 'importPackage'),
      multiple: false,
      folders: false,
      filters: PACKAGE_FILTER,
    });
    if (!path) return null;
    if ((await stat(path)).size > MAX_PACKAGE_BYTES)
      throw new ApiFailure('bad_file', { key: 'central:package.issues.tooLarge' });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
    } catch {
      throw new ApiFailure('bad_file', { key: 'central:package.issues.notText' });
    }
    const decoded = decodePackage(text);
    const pkg: ReportingPackage | null = decoded.value;
    if (!pkg)
      throw new ApiFailure('bad_file', decoded.issues[0] ?? { key: 'central:package.issues.notPackage' });
    const ws = app.workspace();
    await app.backup('before-import');
    // The package's rules and catalog become this unit's, so its verdicts match every other unit's.
    await ws.office.update((d) => {
      d.ruleOptions = pkg.ruleOptions;
      for (const product of pkg.catalogAdditions) d.userCatalog = saveProduct(d.userCatalog, product);
    });
    await ws.central.update((d) => {
      d.activePackage = pkg;
    });
    return pkg;
  },
  'package:get': async (_input, { app }) => app.workspace().central.data.activePackage,
} satisfies HandlerMap<PackageMethods>;
