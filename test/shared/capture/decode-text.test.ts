import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/capture/decode-text';
import { encodeUtf16leWithBom } from './fixtures';

// "WPS Office 2019 个人版" in GBK, produced with Python's 'gbk' codec: 个 = b8 f6, 人 = c8 cb, 版 = b0 e6.
const GBK_BYTES = [
  87, 80, 83, 32, 79, 102, 102, 105, 99, 101, 32, 50, 48, 49, 57, 32, 184, 246, 200, 203, 176, 230,
];

describe('decoding capture files of unknown encoding', () => {
  it('reads UTF-16LE with a byte-order mark, as reg export writes it', () => {
    const decoded = decodeText(encodeUtf16leWithBom('Windows Registry Editor Version 5.00\r\n火绒'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe('Windows Registry Editor Version 5.00\r\n火绒');
  });

  it('reads UTF-16LE without a byte-order mark by its zero bytes', () => {
    const withBom = encodeUtf16leWithBom('Caption=Microsoft Windows 10 Pro\r\nVersion=10.0.19045\r\n');
    const decoded = decodeText(withBom.subarray(2));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toContain('Version=10.0.19045');
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('统信 UOS');
    expect(decodeText(utf8)).toEqual({ text: '统信 UOS', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('统信 UOS');
  });

  it('falls back to GBK for bytes that are not UTF-8, as Chinese Windows tools write them', () => {
    const decoded = decodeText(new Uint8Array(GBK_BYTES));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toBe('WPS Office 2019 个人版');
  });
});
