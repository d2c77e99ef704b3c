import {
  createExamplePriceList,
  decodePriceList,
  encodePriceList,
  type PriceEntry,
  type PriceListView,
  toPriceKey,
  toProductBrief,
} from '../../../../shared/budget';
import { ApiFailure, type budgetMethods } from '../../../../shared/contract';
import type { AppService } from '../../services/app-service';
import type { HandlerMap } from '../types';
import { readCatalog } from './catalog';
import { openWorkbook, saveWorkbook, toFileDate } from './files';

type PriceMethods =
  | 'budget:products'
  | 'budget:prices'
  | 'budget:savePrice'
  | 'budget:deletePrices'
  | 'budget:importPrices'
  | 'budget:exportPrices'
  | 'budget:removeExamples'
  | 'budget:restoreExamples';

/** The price list as the screen shows it. */
export function toPriceListView(app: AppService): PriceListView {
  const entries = app.workspace().budget.data.priceList;
  return { entries, exampleCount: entries.filter((e) => e.isExample).length };
}

function conflict(key: string): never {
  const message = { key: 'budget:errors.duplicatePrice' };
  throw new ApiFailure('conflict', message, [{ path: key, message }]);
}

/** Price list (价格表): edit, import and export as a workbook, example lines removed or restored. */
export const priceHandlers = {
  'budget:products': async (_input, { app }) => readCatalog(app).map(toProductBrief),

  'budget:prices': async (_input, { app }) => toPriceListView(app),

  'budget:savePrice': async ({ entry }, { app }) => {
    const budget = app.workspace().budget;
    const product = readCatalog(app).find((p) => p.id === entry.productId);
    if (!product) throw new ApiFailure('not_found', { key: 'budget:errors.unknownProduct' });
    if (entry.edition !== '' && !product.editions.some((e) => e.id === entry.edition)) {
      throw new ApiFailure('invalid_input', { key: 'budget:errors.unknownEdition' });
    }
    const saved: PriceEntry = { ...entry, id: entry.id ?? `price-${app.options.newId()}`, isExample: false };
    const list = budget.data.priceList;
    if (entry.id !== null && !list.some((e) => e.id === entry.id)) {
      throw new ApiFailure('not_found', { key: 'budget:errors.priceNotFound' });
    }
    if (list.some((e) => e.id !== saved.id && toPriceKey(e) === toPriceKey(saved))) conflict('productId');
    await budget.update((d) => {
      const index = d.priceList.findIndex((e) => e.id === saved.id);
      if (index < 0) d.priceList.push(saved);
      else d.priceList[index] = saved;
    });
    return toPriceListView(app);
  },

  'budget:deletePrices': async ({ ids }, { app }) => {
    const wanted = new Set(ids);
    await app.workspace().budget.update((d) => {
      d.priceList = d.priceList.filter((e) => !wanted.has(e.id));
    });
    return toPriceListView(app);
  },

  'budget:importPrices': async ({ mode }, ctx) => {
    const { app } = ctx;
    const file = await openWorkbook(ctx, 'budget:dialog.importPrices');
    if (!file) return null;
    const result = decodePriceList(file.bytes, readCatalog(app), () => `price-${app.options.newId()}`);
    const view = {
      fileName: file.fileName,
      rowCount: result.rowCount,
      imported: result.entries.length,
      issues: result.issues,
      isApplied: result.entries.length > 0,
    };
    if (!view.isApplied) return view;
    await app.backup('price-import');
    await app.workspace().budget.update((d) => {
      if (mode === 'replace') {
        d.priceList = result.entries;
        return;
      }
      const byKey = new Map(d.priceList.map((e, i) => [toPriceKey(e), i]));
      for (const entry of result.entries) {
        const index = byKey.get(toPriceKey(entry));
        if (index === undefined) d.priceList.push(entry);
        else d.priceList[index] = { ...entry, id: d.priceList[index]?.id ?? entry.id };
      }
    });
    return view;
  },

  'budget:exportPrices': async (_input, ctx) => {
    const { app } = ctx;
    const bytes = encodePriceList(app.workspace().budget.data.priceList, readCatalog(app), app.language);
    const name = app.language === 'en' ? 'price-list' : '价格表';
    return saveWorkbook(
      ctx,
      'budget:dialog.exportPrices',
      `${name}-${toFileDate(app.options.now())}.xlsx`,
      bytes,
    );
  },

  'budget:removeExamples': async (_input, { app }) => {
    await app.workspace().budget.update((d) => {
      d.priceList = d.priceList.filter((e) => !e.isExample);
    });
    return toPriceListView(app);
  },

  'budget:restoreExamples': async (_input, { app }) => {
    await app.workspace().budget.update((d) => {
      const taken = new Set(d.priceList.map(toPriceKey));
      const ids = new Set(d.priceList.map((e) => e.id));
      for (const example of createExamplePriceList(app.language)) {
        if (!taken.has(toPriceKey(example)) && !ids.has(example.id)) d.priceList.push(example);
      }
    });
    return toPriceListView(app);
  },
} satisfies HandlerMap<PriceMethods & keyof typeof budgetMethods>;
