import { describe, expect, it } from 'vitest';
import { ruleOptionsSchema } from '../../../shared/licensing';

describe('rule-set options', () => {
  it('a reporting package that sets only some options gets the defaults for the rest', () => {
    const parsed = ruleOptionsSchema.parse({ windowsHomeAccepted: true, unitKmsHosts: ['kms01'] });
    expect(parsed.windowsHomeAccepted).toBe(true);
    expect(parsed.personalSecurityVerdict).toBe('to_verify');
    expect(parsed.unitKmsHosts).toEqual(['kms01']);
  });

  it('an unknown verdict is rejected', () => {
    expect(ruleOptionsSchema.safeParse({ privateKmsHostVerdict: 'maybe' }).success).toBe(false);
    expect(ruleOptionsSchema.safeParse({ communityLinuxVerdict: 'not_genuine' }).success).toBe(false);
  });
});
