import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PRODUCTS,
  catalogSchema,
  getFreeForInstitutions,
  type Product,
} from '../../../shared/catalog';
import { LANGUAGES, translate } from '../../../shared/i18n';

function byId(id: string): Product {
  const found = BUILTIN_PRODUCTS.find((product) => product.id === id);
  if (found === undefined) throw new Error(`missing ${id}`);
  return found;
}

describe('built-in catalog', () => {
  it('has at least 60 products with unique ids', () => {
    const ids = BUILTIN_PRODUCTS.map((product) => product.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every vendor in each language, so the statistics never show a bare key', () => {
    for (const vendor of new Set(BUILTIN_PRODUCTS.map((product) => product.vendor))) {
      for (const lang of LANGUAGES) {
        const shown = translate(lang, { key: `central:vendors.${vendor}` });
        expect(shown, `${lang} ${vendor}`).not.toContain('vendors.');
        expect(shown.trim(), `${lang} ${vendor}`).not.toBe('');
      }
    }
  });

  it('passes its own schema, so every pattern compiles', () => {
    expect(catalogSchema.safeParse(BUILTIN_PRODUCTS).success).toBe(true);
    for (const product of BUILTIN_PRODUCTS) {
      const sources = [
        ...product.patterns,
        ...(product.excludePatterns ?? []),
        ...Object.values(product.editionPatterns ?? {}),
      ];
      for (const source of sources) expect(() => new RegExp(source, 'i')).not.toThrow();
    }
  });

  it('every product has at least one pattern, and edition patterns and defaults name real editions', () => {
    for (const product of BUILTIN_PRODUCTS) {
      expect(product.patterns.length, product.id).toBeGreaterThan(0);
      const editionIds = product.editions.map((edition) => edition.id);
      expect(new Set(editionIds).size, product.id).toBe(editionIds.length);
      for (const key of Object.keys(product.editionPatterns ?? {}))
        expect(editionIds, product.id).toContain(key);
      if (product.defaultEditionId !== undefined)
        expect(editionIds, product.id).toContain(product.defaultEditionId);
    }
  });

  it('covers the three categories of the 2013 measures plus other software', () => {
    const categories = new Set(BUILTIN_PRODUCTS.map((product) => product.category));
    expect([...categories].sort()).toEqual(['office', 'os', 'other', 'security']);
  });

  it('carries the free-for-institutions flags LICENSING.md gives', () => {
    const expected: [string, string | null, string][] = [
      ['7-zip', null, 'yes'],
      ['notepad-plus-plus', null, 'yes'],
      ['libreoffice', null, 'yes'],
      ['vlc', null, 'yes'],
      ['firefox', null, 'yes'],
      ['chrome', null, 'yes'],
      ['sogou-pinyin', null, 'yes'],
      ['wechat', null, 'yes'],
      ['qq', null, 'yes'],
      ['dingtalk', null, 'yes'],
      ['bandizip', 'standard', 'yes'],
      ['bandizip', 'pro', 'no'],
      ['winrar', null, 'no'],
      ['adobe-acrobat-reader', null, 'yes'],
      ['adobe-acrobat', 'pro', 'no'],
      ['foxit-reader', null, 'unverified'],
      ['foxit-pdf-editor', null, 'no'],
      ['haozip', null, 'unverified'],
      ['360-zip', null, 'unverified'],
      ['tencent-pc-manager', null, 'unverified'],
      ['rising', null, 'unverified'],
      ['jiangmin', null, 'unverified'],
      ['360-safeguard', null, 'personal_only'],
      ['360-antivirus', null, 'personal_only'],
      ['huorong', 'personal', 'personal_only'],
      ['huorong', 'enterprise', 'no'],
      ['kingsoft-antivirus', 'personal', 'personal_only'],
      ['wps-office', 'personal', 'personal_only'],
      ['wps-office', 'government', 'no'],
      ['uos', 'home', 'unverified'],
      ['openkylin', 'community', 'yes'],
      ['ms-windows-10', 'pro', 'no'],
    ];
    for (const [id, editionId, flag] of expected) {
      const product = byId(id);
      const edition = editionId === null ? null : (product.editions.find((e) => e.id === editionId) ?? null);
      if (editionId !== null) expect(edition, `${id}/${editionId}`).not.toBeNull();
      expect(getFreeForInstitutions(product, edition), `${id}/${editionId}`).toBe(flag);
    }
  });

  it('marks the editions whose licences exclude a unit', () => {
    expect(byId('ms-windows-11').editions.find((e) => e.id === 'home')?.restriction).toBe('windows_home');
    expect(byId('ms-office-2021').editions.find((e) => e.id === 'home_student')?.restriction).toBe(
      'office_home_student',
    );
    expect(byId('ms-365').editions.find((e) => e.id === 'personal')?.restriction).toBe('personal_use');
    expect(byId('autocad').editions.find((e) => e.id === 'education')?.restriction).toBe('education_only');
    expect(byId('kylin-desktop').editions.find((e) => e.id === 'trial')?.kind).toBe('trial');
    expect(byId('ms-windows-10').editions.find((e) => e.id === 'enterprise_g')?.kind).toBe('government');
  });

  it('flags domestic (国产) products', () => {
    for (const id of ['wps-office', 'kylin-desktop', 'uos', 'huorong', '360-safeguard', 'dameng', 'zwcad']) {
      expect(byId(id).domestic, id).toBe(true);
    }
    for (const id of ['ms-windows-10', 'ms-office-2016', 'kaspersky', 'winrar'])
      expect(byId(id).domestic, id).toBe(false);
  });
});
