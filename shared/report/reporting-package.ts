import { z } from 'zod';
import { productSchema } from '../catalog/product';
import type { Message } from '../i18n';
import { ruleOptionsSchema } from '../licensing/rule-options';
import { dateSchema, periodSchema, unitCodeSchema } from '../model';

/** Marks a file as a reporting package, so another JSON file is not taken for one. */
export const PACKAGE_FORMAT = 'zhengban-reporting-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** File name extension of a reporting package. */
export const PACKAGE_EXTENSION = 'zbpkg';
/** Largest package accepted: a full catalog and price list fit in far less. */
export const MAX_PACKAGE_BYTES = 16 * 1024 * 1024;

export const packageIdSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{3,127}$/);

/**
 * The reporting package (填报通知包) the central office sends to every unit: the period, the
 * deadline and the rules, so that every unit classifies the same way.
 */
export const reportingPackageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  id: packageIdSchema,
  title: z.string().max(200),
  period: periodSchema,
  deadline: dateSchema,
  issuer: z.object({ code: unitCodeSchema, name: z.string().min(1).max(128) }),
  issuedAt: z.iso.datetime({ offset: true }),
  ruleOptions: ruleOptionsSchema,
  catalogAdditions: z.array(productSchema).max(5_000),
  /** Prices for budget estimates; read by the budget side, carried as is here. */
  priceList: z.array(z.unknown()).max(100_000),
  notes: z.string().max(4_000),
});
export type ReportingPackage = z.infer<typeof reportingPackageSchema>;

/** A package as the issuing office remembers it, without its bulky catalog and prices. */
export interface IssuedPackage {
  id: string;
  title: string;
  period: string;
  deadline: string;
  issuedAt: string;
  catalogAdditions: number;
  prices: number;
}

/** The remembered form of a package. */
export function toIssuedPackage(p: ReportingPackage): IssuedPackage {
  return {
    id: p.id,
    title: p.title,
    period: p.period,
    deadline: p.deadline,
    issuedAt: p.issuedAt,
    catalogAdditions: p.catalogAdditions.length,
    prices: p.priceList.length,
  };
}

export type PackageDraft = Omit<ReportingPackage, 'format' | 'formatVersion'>;

/** Writes a package as UTF-8 JSON text. */
export function encodePackage(draft: PackageDraft): string {
  const value: ReportingPackage = { format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, ...draft };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Reads a package from its text (the caller decodes the file as UTF-8 and enforces
 * MAX_PACKAGE_BYTES); problems come back as messages, never as exceptions.
 */
export function decodePackage(source: string): { value: ReportingPackage | null; issues: Message[] } {
  const text = source.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return failure('notJson');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PACKAGE_FORMAT)
    return failure('notPackage');
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION)
    return failure('newer', { found: version, supported: PACKAGE_FORMAT_VERSION });
  const parsed = reportingPackageSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return failure('invalid', { path: first ? first.path.join('.') : '' });
  }
  return { value: parsed.data, issues: [] };
}

function failure(key: string, params?: Record<string, string | number>) {
  return { value: null, issues: [{ key: `central:package.issues.${key}`, ...(params ? { params } : {}) }] };
}
