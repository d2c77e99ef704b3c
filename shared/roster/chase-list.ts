import { type Language, translate } from '../i18n';
import type { Recovery } from './recovery';

/**
 * The chase list (催报名单) as workbook rows: one row per unit that has not returned a usable
 * file, with its contact and what went wrong, in the given language.
 */
export function buildChaseListRows(recovery: Recovery, period: string, lang: Language): string[][] {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, { key: `central:chase.${key}`, params });
  const header = ['index', 'code', 'name', 'parent', 'contact', 'phone', 'situation'].map((k) =>
    t(`columns.${k}`),
  );
  const rows = recovery.missing.map((m, i) => {
    const situation =
      m.kind === 'not_received'
        ? t('notReceived')
        : t('rejected', {
            file: m.attempts.at(-1)?.fileName ?? '',
            reason: (m.attempts.at(-1)?.reasons ?? []).map((r) => translate(lang, r)).join(' '),
          });
    return [
      String(i + 1),
      m.unit.code,
      m.unit.name,
      m.unit.parentName,
      m.unit.contact,
      m.unit.phone,
      situation,
    ];
  });
  const title = t('title', {
    period,
    returned: recovery.returned,
    expected: recovery.expected,
    missing: recovery.missing.length,
  });
  return [[title], header, ...rows];
}
