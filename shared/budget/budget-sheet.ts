import { findEdition, type Product } from '../catalog/product';
import { type Language, translate } from '../i18n';
import { CATEGORIES } from '../model/codes';
import type { CentralBudget, CentralScenarioBudget, GroupBudgetLine, UnitBudgetLine } from './central-budget';
import type { CategoryTotal } from './compute-scenario';
import type { AggregatePosition, FundingPosition } from './funding-gap';
import { formatBpAsPercent } from './money';
import type { SheetCell, SheetSpec } from './sheet';

type Translate = (key: string, params?: Record<string, string | number>) => string;

function translator(lang: Language): Translate {
  return (key, params) =>
    translate(lang, params ? { key: `budget:${key}`, params } : { key: `budget:${key}` });
}

/** Names products and editions in the report's language, falling back to the id or the raw name. */
export function createProductNamer(catalog: readonly Product[], lang: Language) {
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const side = lang === 'en' ? 'en' : 'zh';
  return {
    product(id: string | null, rawName = ''): string {
      if (id === null) return rawName;
      return byId.get(id)?.name[side] ?? id;
    },
    edition(productId: string | null, edition: string): string {
      const product = productId === null ? undefined : byId.get(productId);
      if (!product || edition === '') return edition;
      return findEdition(product, edition)?.name[side] ?? edition;
    },
  };
}

const yuan = (fen: number): SheetCell => ({ yuanFen: fen });
const wan = (fen: number): SheetCell => ({ wanFen: fen });

function categoryCells(byCategory: Record<(typeof CATEGORIES)[number], CategoryTotal>): SheetCell[] {
  return CATEGORIES.map((c) => yuan(byCategory[c].amountFen));
}

function fundingCells(funding: FundingPosition | AggregatePosition, t: Translate): SheetCell[] {
  const funds = funding.fundsFen === null ? t('sheet.fundsNotRecorded') : yuan(funding.fundsFen);
  return [funds, yuan(funding.gapFen), wan(funding.gapFen), yuan(funding.surplusFen)];
}

/** The 经费测算 sheet: scenarios compared for the city, then every scenario per unit and county, then missing prices. */
export function buildBudgetSheet(
  budget: CentralBudget,
  catalog: readonly Product[],
  lang: Language,
): SheetSpec {
  const t = translator(lang);
  const names = createProductNamer(catalog, lang);
  const categoryHeaders = CATEGORIES.map((c) => t(`category.${c}`));
  const moneyHeaders = [t('sheet.totalYuan'), t('sheet.totalWan')];
  const fundingHeaders = [t('sheet.funds'), t('sheet.gapYuan'), t('sheet.gapWan'), t('sheet.surplus')];
  const first = budget.scenarios[0];
  const unitCount = first?.units.length ?? 0;
  const rows: SheetCell[][] = [
    [t('sheet.title', { count: unitCount })],
    [t('sheet.rounding')],
    [t('sheet.gapRule')],
  ];
  if (budget.scenarios.some((s) => s.city.exampleCount > 0)) rows.push([t('sheet.exampleWarning')]);
  rows.push([]);

  rows.push([t('sheet.comparisonTitle')]);
  rows.push([
    t('sheet.scenario'),
    ...categoryHeaders,
    ...moneyHeaders,
    t('sheet.diff', { name: first?.scenarioName ?? '' }),
    ...fundingHeaders,
    t('sheet.missingCount'),
  ]);
  budget.scenarios.forEach((scenario, index) => {
    const diff = budget.comparison[index]?.diffFen ?? 0;
    rows.push([
      scenario.scenarioName,
      ...categoryCells(scenario.city.byCategory),
      yuan(scenario.city.totalFen),
      wan(scenario.city.totalFen),
      yuan(diff),
      ...fundingCells(scenario.city.funding, t),
      scenario.city.missingCount,
    ]);
  });

  for (const scenario of budget.scenarios) {
    rows.push([]);
    rows.push([t('sheet.scenarioTitle', { name: scenario.scenarioName })]);
    rows.push([
      t('sheet.level'),
      t('sheet.unitCode'),
      t('sheet.unitName'),
      t('sheet.parent'),
      ...categoryHeaders,
      ...moneyHeaders,
      ...fundingHeaders,
      t('sheet.missingCount'),
    ]);
    rows.push(...scenarioRows(scenario, t));
  }

  rows.push([]);
  rows.push([t('sheet.missingTitle')]);
  rows.push([
    t('sheet.scenario'),
    t('sheet.product'),
    t('sheet.edition'),
    t('sheet.category'),
    t('sheet.reason'),
    t('sheet.pricedProduct'),
    t('sheet.count'),
    t('sheet.unitsAffected'),
  ]);
  let missingRows = 0;
  for (const scenario of budget.scenarios) {
    for (const missing of scenario.missing) {
      missingRows++;
      rows.push([
        scenario.scenarioName,
        names.product(missing.productId, missing.rawName),
        names.edition(missing.productId, missing.edition),
        t(`category.${missing.category}`),
        t(`missing.${missing.reason}`),
        missing.pricedProductId === null
          ? ''
          : `${names.product(missing.pricedProductId)} ${names.edition(missing.pricedProductId, missing.pricedEdition)}`.trim(),
        missing.count,
        missing.unitCodes.length,
      ]);
    }
  }
  if (missingRows === 0) rows.push([t('sheet.noMissing')]);

  return {
    name: t('sheet.name'),
    widths: [22, 20, 28, 16, 14, 14, 14, 14, 16, 12, 16, 16, 16, 12, 16, 12],
    rows,
  };
}

function scenarioRows(scenario: CentralScenarioBudget, t: Translate): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const unitRow = (unit: UnitBudgetLine): SheetCell[] => [
    t('sheet.levelUnit'),
    unit.unitCode,
    unit.unitName,
    unit.parentName || unit.parentCode,
    ...categoryCells(unit.byCategory),
    yuan(unit.totalFen),
    wan(unit.totalFen),
    ...fundingCells(unit.funding, t),
    unit.missingCount,
  ];
  const groupRow = (group: GroupBudgetLine, level: string): SheetCell[] => [
    level,
    group.code,
    group.name,
    '',
    ...categoryCells(group.byCategory),
    yuan(group.totalFen),
    wan(group.totalFen),
    ...fundingCells(group.funding, t),
    group.missingCount,
  ];
  for (const county of scenario.counties) {
    const members = scenario.units.filter((u) => u.parentCode === county.code);
    for (const unit of [...members].sort((a, b) => a.unitCode.localeCompare(b.unitCode)))
      rows.push(unitRow(unit));
    rows.push(groupRow(county, county.code === '' ? t('sheet.levelDirect') : t('sheet.levelCounty')));
  }
  rows.push(groupRow(scenario.city, t('sheet.levelCity')));
  return rows;
}

/** The 经费测算明细 sheet: every row behind every total (unit, product bought, price used, source). */
export function buildBudgetDetailSheet(
  budget: CentralBudget,
  catalog: readonly Product[],
  lang: Language,
): SheetSpec {
  const t = translator(lang);
  const names = createProductNamer(catalog, lang);
  const header: SheetCell[] = [
    t('sheet.scenario'),
    t('sheet.unitCode'),
    t('sheet.unitName'),
    t('sheet.category'),
    t('sheet.product'),
    t('sheet.edition'),
    t('sheet.pricedProduct'),
    t('sheet.pricedEdition'),
    t('sheet.count'),
    t('sheet.basis'),
    t('sheet.channel'),
    t('sheet.listedPrice'),
    t('sheet.discount'),
    t('sheet.unitPrice'),
    t('sheet.amount'),
    t('sheet.source'),
    t('sheet.isExample'),
    t('sheet.reason'),
  ];
  const rows: SheetCell[][] = [header];
  for (const scenario of budget.scenarios) {
    for (const unit of scenario.units) {
      for (const row of unit.rows) {
        const price = row.price;
        rows.push([
          scenario.scenarioName,
          unit.unitCode,
          unit.unitName,
          t(`category.${row.category}`),
          names.product(row.needProductId, row.rawName),
          names.edition(row.needProductId, row.needEdition),
          names.product(row.productId, row.rawName),
          names.edition(row.productId, row.edition),
          row.count,
          price ? t(`basis.${price.basis}`) : '',
          price ? t(`channel.${price.channel}`) : '',
          price ? yuan(price.listedFen) : '',
          price && price.discountBp > 0 ? formatBpAsPercent(price.discountBp) : '',
          price ? yuan(price.unitFen) : '',
          price ? yuan(row.amountFen) : '',
          price ? [price.source, price.sourceDate].filter((s) => s !== '').join(' ') : '',
          price?.isExample ? t('sheet.yes') : '',
          row.missingReason ? t(`missing.${row.missingReason}`) : '',
        ]);
      }
    }
  }
  return {
    name: t('sheet.detailName'),
    widths: [22, 20, 28, 12, 26, 14, 26, 14, 8, 10, 10, 14, 8, 14, 16, 40, 8, 20],
    rows,
  };
}

/** The sheets the consolidated report appends for the budget: 经费测算 and 经费测算明细. */
export function buildBudgetSheets(
  budget: CentralBudget,
  catalog: readonly Product[],
  lang: Language,
): SheetSpec[] {
  return [buildBudgetSheet(budget, catalog, lang), buildBudgetDetailSheet(budget, catalog, lang)];
}
