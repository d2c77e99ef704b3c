import { z } from 'zod';
import type { Install } from '../model';
import { cleanName } from './text';

/** The clerk's decision that a raw installed name means a catalog product (unknown names review). */
export const nameMappingSchema = z.object({
  rawName: z.string().min(1).max(512),
  productId: z.string().min(1).max(64),
  edition: z.string().max(64),
});
export type NameMapping = z.infer<typeof nameMappingSchema>;

/** Records or replaces the mapping of one raw name (compared tidied and case-insensitively). */
export function upsertNameMapping(mappings: readonly NameMapping[], mapping: NameMapping): NameMapping[] {
  const key = cleanName(mapping.rawName);
  return [...mappings.filter((m) => cleanName(m.rawName) !== key), mapping];
}

/** Gives every unmatched install with this raw name the mapped product; returns how many changed. */
export function applyNameMapping(installs: Install[], mapping: NameMapping): number {
  const key = cleanName(mapping.rawName);
  let changed = 0;
  for (const install of installs) {
    if (install.productId !== null || cleanName(install.rawName) !== key) continue;
    install.productId = mapping.productId;
    if (install.edition === '') install.edition = mapping.edition;
    changed++;
  }
  return changed;
}

/** A lookup from tidied raw name to mapping, for installs added later with the same name. */
export function indexNameMappings(mappings: readonly NameMapping[]): Map<string, NameMapping> {
  return new Map(mappings.map((m) => [cleanName(m.rawName), m]));
}
