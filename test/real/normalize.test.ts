import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../shared/capture/detect';
import { BUILTIN_PRODUCTS, createNormalizer } from '../../shared/catalog';

// Programs of real machines (../shared/fixtures/real) mapped to the built-in catalog. The expected
// products were read off the files: iconv -f utf-16 -t utf-8 xp-Uninstall.reg | grep '^"DisplayName"='.
const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));
const hasReal = existsSync(REAL);
const normalize = createNormalizer(BUILTIN_PRODUCTS);

function visiblePrograms(name: string) {
  const result = parseCaptureFile(name.replace(/^.*\//, ''), new Uint8Array(readFileSync(`${REAL}${name}`)));
  return result.machines.flatMap((m) => m.programs).filter((p) => !p.hidden && !p.duplicateOf);
}

describe.skipIf(!hasReal)('normalizing the programs of real machines', () => {
  it('maps the licensed products of the Windows XP machine to catalog products and editions', () => {
    const names = visiblePrograms('glpi-agent/xp-Uninstall.reg').map((p) => p.name);
    const mapped = new Map(names.map((n) => [n, normalize(n)]));
    expect(mapped.get('Microsoft Office Professional Plus 2010')).toMatchObject({
      productId: 'ms-office-2010',
      editionId: 'professional_plus',
    });
    expect(mapped.get('Mozilla Firefox 10.0.2 (x86 en-US)')?.productId).toBe('firefox');
    expect(mapped.get('Symantec Endpoint Protection')?.productId).toBe('symantec-endpoint');
    expect(mapped.get('Adobe Reader X (10.1.2)')?.productId).toBe('adobe-acrobat-reader');
    // Office's language packs and proofing tools are parts of Office, not products of their own.
    expect(mapped.get('Microsoft Office Word MUI (English) 2010')?.productId ?? null).toBeNull();
    const known = [...mapped.values()].filter((n) => n.productId !== null).length;
    console.log(`XP machine: ${known} of ${names.length} visible programs map to catalog products`);
    expect(known).toBeGreaterThanOrEqual(4);
  });

  it('reports how many Debian packages map, with LibreOffice among them', () => {
    const programs = visiblePrograms('debian12-dpkg-query.tsv');
    const mapped = programs.map((p) => ({ name: p.name, n: normalize(p.name) }));
    const known = mapped.filter((m) => m.n.productId !== null);
    console.log(`Debian 12: ${known.length} of ${programs.length} visible packages map to catalog products`);
    // cut -f1 debian12-dpkg-query.tsv | grep '^libreoffice-\(core\|calc\)' → calc-nogui and core-nogui;
    // the core package is shown as a library part of the suite, so the application is calc-nogui.
    const libreoffice = known.filter((m) => m.n.productId === 'libreoffice').map((m) => m.name);
    expect(libreoffice).toEqual(['libreoffice-calc-nogui']);
    expect(known.length).toBeLessThan(programs.length);
  });
});
