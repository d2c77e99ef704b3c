import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_KINDS, FREE_FOR_INSTITUTIONS } from '../../../shared/catalog';
import { METHOD_NAMES } from '../../../shared/contract';
import { LANGUAGES, resources, translate } from '../../../shared/i18n';
import {
  ACTIVATION_STATES,
  ARCHES,
  CATEGORIES,
  CHANNELS,
  COA_STATES,
  MACHINE_STATUSES,
  MACHINE_TYPES,
  STATUSES,
  ZONES,
} from '../../../shared/model';
import { VERDICT_FILTERS } from '../../../shared/office/machine-query';
import { BULK_FIELDS } from '../../../shared/office/machine-row';
import { FIX_KINDS } from '../../../shared/office/overview';
import { INSTALL_ISSUES } from '../../../shared/office/views';

const ROOTS = [
  'renderer/src/pages/office',
  'renderer/src/components/office',
  'renderer/src/hooks/office',
  'electron/main/handlers/office',
  'shared/office',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** True for a catalog branch (a prefix the code completes, like 'software:channel'). */
function isBranch(key: string): boolean {
  const [ns = '', path = ''] = key.split(':');
  // Walks plain catalog objects; a missing step gives undefined.
  let node: unknown = (resources['zh-CN'] as Record<string, unknown>)[ns];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'object' && node !== null;
}

/** Keys written out literally in the office screens and handlers (method names look alike). */
function literalKeys(): string[] {
  const methods = new Set<string>(METHOD_NAMES);
  const keys = new Set<string>();
  for (const file of ROOTS.flatMap(files)) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /['"]((?:machines|software|office):[\w.]+)['"]/g,
    )) {
      if (match[1] && !methods.has(match[1]) && !isBranch(match[1])) keys.add(match[1]);
    }
  }
  return [...keys];
}

/** Keys built from a code list at run time (`software:status.${status}`). */
function builtKeys(): string[] {
  const each = (prefix: string, values: readonly string[]) => values.map((v) => `${prefix}.${v}`);
  return [
    ...each('machines:type', MACHINE_TYPES),
    ...each('machines:arch', ARCHES),
    ...each('machines:zone', ZONES),
    ...each('machines:status', MACHINE_STATUSES),
    ...each('machines:field', BULK_FIELDS),
    ...each('machines:filter.verdict', VERDICT_FILTERS),
    ...each('software:status', STATUSES),
    ...each('software:category', CATEGORIES),
    ...each('software:channel', CHANNELS),
    ...each('software:coa', COA_STATES),
    ...each('software:activation', ACTIVATION_STATES),
    ...each('software:issue', INSTALL_ISSUES),
    ...each('office:fix', FIX_KINDS),
    ...each('office:catalog.freeValue', FREE_FOR_INSTITUTIONS),
    ...each('office:catalog.kind', EDITION_KINDS),
  ];
}

describe('office screens speak only catalogued sentences', () => {
  const keys = [...literalKeys(), ...builtKeys()];

  it('finds the keys to check', () => {
    expect(keys.length).toBeGreaterThan(150);
  });

  it.each(LANGUAGES)('every key resolves to a sentence in %s', (lang) => {
    const missing = keys.filter((key) => translate(lang, { key }) === key);
    expect(missing).toEqual([]);
  });
});
