import { type Language, translate } from '../i18n';
import { CATEGORIES } from '../model';
import type { CategoryCounts } from '../return-file/return-data';
import type { Figures } from '../stats/central-aggregate';

/** One line of the detail table under the form: a county or a unit. */
export interface SummaryFormRow {
  code: string;
  name: string;
  /** Null when the unit has not returned. */
  figures: Figures | null;
}

export interface SummaryFormInput {
  unitName: string;
  unitCode: string;
  period: string;
  figures: Figures;
  expected: number;
  returned: number;
  rows: readonly SummaryFormRow[];
  /** Names typed by the user; empty names leave a blank to fill in by hand. */
  signers: { preparer: string; reviewer: string; head: string };
  /** Date written under the signatures (YYYY-MM-DD or empty for a blank). */
  date: string;
}

const MEASURES = ['installed', 'genuine', 'notGenuine', 'toVerify', 'needed'] as const;

/**
 * The summary form (汇总表) as a self-contained A4 HTML page for printing to PDF: the figures per
 * category, a detail table, the pledge and boxes for the signatures and the seal.
 */
export function renderSummaryFormHtml(input: SummaryFormInput, lang: Language): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    escapeHtml(translate(lang, { key: `central:form.${key}`, params }));
  const f = input.figures;
  const categoryRows = CATEGORIES.map((c) =>
    countsRow(t(`categories.${c}`), f.byCategory[c], f.domestic[c]),
  ).join('');
  const detail = input.rows
    .map(
      (r, i) =>
        `<tr><td class="n">${i + 1}</td><td>${escapeHtml(r.name)}<div class="code">${escapeHtml(r.code)}</div></td>${
          r.figures
            ? `<td class="n">${r.figures.computers}</td><td class="n">${r.figures.total.installed}</td><td class="n">${r.figures.total.genuine}</td><td class="n">${r.figures.total.needed}</td><td class="n">${percent(r.figures.genuineRate)}</td>`
            : `<td colspan="5" class="missing">${t('notReturned')}</td>`
        }</tr>`,
    )
    .join('');
  const signer = (label: string, name: string) =>
    `<div class="box"><div class="label">${label}</div><div class="value">${escapeHtml(name)}</div></div>`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${t('title', { period: input.period })}</title>
<style>
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC", "Microsoft YaHei", serif; font-size: 10.5pt; color: #000; margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; letter-spacing: 1pt; }
.meta { display: flex; justify-content: space-between; margin-bottom: 3mm; font-size: 10pt; }
table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
th, td { border: 0.6pt solid #000; padding: 1.6mm 1.8mm; }
th { background: #f2f2f2; font-weight: bold; }
td:first-child, th:first-child { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.missing { color: #666; text-align: center; }
.code { font-size: 8pt; color: #444; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; }
.pledge { margin: 6mm 0 4mm; font-size: 11pt; font-weight: bold; }
.signs { display: grid; grid-template-columns: 1fr 1fr 1fr 1.3fr; gap: 0; border: 0.6pt solid #000; page-break-inside: avoid; }
.box { border-right: 0.6pt solid #000; min-height: 28mm; padding: 2mm; }
.box:last-child { border-right: none; }
.box .label { font-weight: bold; }
.box .value { margin-top: 6mm; font-size: 12pt; }
.date { margin-top: 4mm; text-align: right; font-size: 11pt; }
.detail { page-break-before: auto; }
</style></head><body>
<h1>${t('title', { period: input.period })}</h1>
<div class="meta"><span>${t('unit', { name: input.unitName, code: input.unitCode })}</span><span>${t('period', { period: input.period })}</span></div>
<table>
<tr><th>${t('computers')}</th><td class="n">${f.computers}</td><th>${t('recovery')}</th><td class="n">${t('recoveryValue', { returned: input.returned, expected: input.expected, rate: percent(ratio(input.returned, input.expected)) })}</td></tr>
<tr><th>${t('genuineRate')}</th><td class="n">${percent(f.genuineRate)}</td><th>${t('domesticShare')}</th><td class="n">${percent(ratio(f.domesticTotal.installed, f.total.installed))}</td></tr>
</table>
<table>
<tr><th>${t('category')}</th>${MEASURES.map((m) => `<th>${t(`measures.${m}`)}</th>`).join('')}<th>${t('rate')}</th><th>${t('domestic')}</th></tr>
${categoryRows}
${countsRow(t('total'), f.total, f.domesticTotal, true)}
</table>
<div class="pledge">${t('pledge')}</div>
<div class="signs">${signer(t('preparer'), input.signers.preparer)}${signer(t('reviewer'), input.signers.reviewer)}${signer(t('head'), input.signers.head)}${signer(t('seal'), '')}</div>
<div class="date">${input.date ? t('dateValue', { date: input.date }) : t('dateBlank')}</div>
${
  input.rows.length > 0
    ? `<div class="detail"><h2>${t('detailTitle')}</h2><table><tr><th>${t('index')}</th><th>${t('unitColumn')}</th><th>${t('computers')}</th><th>${t('measures.installed')}</th><th>${t('measures.genuine')}</th><th>${t('measures.needed')}</th><th>${t('rate')}</th></tr>${detail}</table></div>`
    : ''
}
</body></html>`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function countsRow(label: string, c: CategoryCounts, domestic: CategoryCounts, isTotal = false): string {
  const cells = MEASURES.map((m) => `<td class="n">${c[m]}</td>`).join('');
  const tag = isTotal ? 'th' : 'td';
  return `<tr><${tag}>${label}</${tag}>${cells}<td class="n">${percent(ratio(c.genuine, c.installed))}</td><td class="n">${domestic.installed}</td></tr>`;
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
