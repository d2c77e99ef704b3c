import { describe, expect, it } from 'vitest';
import { classifyKmsHost, normalizeKmsHost } from '../../../shared/licensing';

const none = new Set<string>();

describe('KMS host classification', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0:1688', 'loopback'],
    ['[::1]:1688', 'loopback'],
    ['LOCALHOST', 'loopback'],
    ['kms8.msguides.com', 'emulator'],
    ['vlmcsd-server', 'emulator'],
    ['kms.example.org', 'public'],
    ['203.0.113.9', 'public'],
    ['192.168.1.20', 'private'],
    ['172.16.0.8', 'private'],
    ['10.20.30.40:1688', 'private'],
    ['100.64.3.2', 'private'],
    ['KMS01', 'private'],
    ['kms.finance.local', 'private'],
    ['kms.czj.gov.cn', 'private'],
  ] as const)('%s is %s', (host, kind) => {
    expect(classifyKmsHost(host, none)).toBe(kind);
  });

  it("a host listed as the unit's own wins whatever its address looks like, ignoring case and port", () => {
    const unit = new Set([normalizeKmsHost('KMS.Unit.Example.com')]);
    expect(classifyKmsHost('kms.unit.example.com:1688', unit)).toBe('unit');
  });
});
