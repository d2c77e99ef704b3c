import { describe, expect, it } from 'vitest';
import {
  cleanAssetNo,
  collectAssetKeys,
  findDuplicateAssetNos,
  suggestNextAssetNo,
  toAssetKey,
} from '../../../shared/office/asset-no';

describe('asset numbers', () => {
  it('suggests the next number with the same zero padding', () => {
    expect(suggestNextAssetNo('ZB-0031')).toBe('ZB-0032');
    expect(suggestNextAssetNo('ZB-0999')).toBe('ZB-1000');
    expect(suggestNextAssetNo('ZB-9999')).toBe('ZB-10000');
    expect(suggestNextAssetNo('2024001')).toBe('2024002');
  });

  it('counts up the last run of digits, keeping what follows it', () => {
    expect(suggestNextAssetNo('财-07-A')).toBe('财-08-A');
    expect(suggestNextAssetNo('PC2024-015')).toBe('PC2024-016');
  });

  it('skips numbers another machine already has', () => {
    const taken = collectAssetKeys([{ assetNo: 'ZB-0032' }, { assetNo: 'zb-0033' }]);
    expect(suggestNextAssetNo('ZB-0031', taken)).toBe('ZB-0034');
  });

  it('reads full-width digits typed with a Chinese input method', () => {
    expect(cleanAssetNo(' ＺＢ－００３１ ')).toBe('ZB-0031');
    expect(suggestNextAssetNo('ＺＢ－００３１')).toBe('ZB-0032');
  });

  it('starts a series when the last number has no digits, and suggests nothing for nothing', () => {
    expect(suggestNextAssetNo('办公室')).toBe('办公室-2');
    expect(suggestNextAssetNo('')).toBe('');
  });

  it('treats case and width as the same number', () => {
    expect(toAssetKey('zb-0031')).toBe(toAssetKey('ＺＢ-0031 '));
    expect(findDuplicateAssetNos(['ZB-1', 'zb-1', 'ZB-2', 'ZB-1 '])).toEqual(['zb-1']);
  });
});
