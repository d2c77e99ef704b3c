import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources, translate } from '../../shared/i18n';

function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('translation catalogs', () => {
  it.each(NAMESPACES)('zh-CN and en have the same keys in namespace %s', (ns) => {
    expect(keyPaths(resources.en[ns]).sort()).toEqual(keyPaths(resources['zh-CN'][ns]).sort());
  });

  it('Chinese strings are actually Chinese where English ones are English', () => {
    expect(translate('zh-CN', { key: 'app:title' })).toMatch(/[\u4e00-\u9fff]/);
    expect(translate('en', { key: 'app:title' })).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('fills placeholders and falls back to the key for unknown messages', () => {
    expect(translate('en', { key: 'common:validation.required', params: { field: 'Name' } })).toContain(
      'Name',
    );
    expect(translate('en', { key: 'common:no.such.key' })).toBe('common:no.such.key');
    expect(translate('en', { key: 'common:__proto__.x' })).toBe('common:__proto__.x');
  });
});
