import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ALL_CODE_TABLES,
  BUDGET_LEDGER,
  CHILD_LEDGER,
  COVER_FIELDS,
  codeEntries,
  DIGEST_PREAMBLE,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
  SHEETS,
} from '../../../shared/return-file';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/return-file.md', import.meta.url)), 'utf8');

describe('docs/return-file.md documents the format the code writes', () => {
  it('names every sheet', () => {
    for (const sheet of Object.values(SHEETS)) expect(doc).toContain(sheet);
  });

  it.each([
    MACHINE_LEDGER,
    INSTALL_LEDGER,
    ENTITLEMENT_LEDGER,
    MILESTONE_LEDGER,
    BUDGET_LEDGER,
    CHILD_LEDGER,
  ])('lists every column of $sheet with its header and key, in order', (ledger) => {
    const section = doc.slice(doc.indexOf(`#### ${ledger.sheet}`));
    ledger.columns.forEach((column, index) => {
      const letter = String.fromCharCode(65 + index);
      expect(section).toContain(`| ${letter} | ${column.header} | \`${column.key}\` |`);
    });
  });

  it('lists every cover item and every code with its Chinese label', () => {
    for (const field of COVER_FIELDS) expect(doc).toContain(`| ${field.label} | \`${field.key}\` |`);
    for (const table of ALL_CODE_TABLES) {
      for (const [key, label] of codeEntries(table)) expect(doc).toContain(`${label} \`${key}\``);
    }
  });

  it('states the digest preamble', () => {
    expect(doc).toContain(DIGEST_PREAMBLE);
  });
});
