import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS, searchProducts } from '../../../shared/catalog';

const ids = (query: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  searchProducts(query, BUILTIN_PRODUCTS, lang).map((product) => product.id);

describe('type-ahead product search', () => {
  it('finds products by their Chinese names', () => {
    expect(ids('火绒')[0]).toBe('huorong');
    expect(ids('麒麟')).toEqual(
      expect.arrayContaining(['kylin-desktop', 'kylin-server', 'neokylin', 'openkylin']),
    );
    expect(ids('金山毒霸')[0]).toBe('kingsoft-antivirus');
  });

  it('finds products by English names and aliases, ignoring case and spaces', () => {
    expect(ids('wps')[0]).toBe('wps-office');
    expect(ids('notepad++', 'en')[0]).toBe('notepad-plus-plus');
    expect(ids('office 365', 'en')[0]).toBe('ms-365');
    expect(ids('kingsoft antivirus', 'en')[0]).toBe('kingsoft-antivirus');
  });

  it('puts an exact or prefix match before a mere substring match', () => {
    const found = ids('Windows 10', 'en');
    expect(found[0]).toBe('ms-windows-10');
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(searchProducts('o', BUILTIN_PRODUCTS, 'en', 5)).toHaveLength(5);
  });
});
