import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../../shared/capture/detect';
import { mergeCapturedMachines } from '../../../shared/capture/merge';
import { readFixture } from './fixtures';

describe('folding partial captures of one computer together', () => {
  it('combines an Uninstall export with a WMI/licensing dump', () => {
    const programs = parseCaptureFile('u.reg', readFixture('uninstall-sample.reg')).machines[0];
    const wmi = parseCaptureFile('w.json', readFixture('ps-licensing.json')).machines[0];
    if (!programs || !wmi) throw new Error('fixtures did not parse');
    const merged = mergeCapturedMachines([programs, wmi]);
    expect(merged.source).toBe('reg-export');
    expect(merged.hostname).toBe('ZFB-PC-017');
    expect(merged.programs).toHaveLength(programs.programs.length);
    expect(merged.activation).toHaveLength(2);
    expect(merged.os?.name).toBe('Microsoft Windows 10 专业版');
  });

  it('marks the same program found in two sources as a repeat', () => {
    const a = parseCaptureFile('a.reg', readFixture('uninstall-sample.reg')).machines[0];
    const b = parseCaptureFile('b.reg', readFixture('uninstall-sample.reg')).machines[0];
    if (!a || !b) throw new Error('fixtures did not parse');
    const merged = mergeCapturedMachines([a, b], 'scan');
    const repeats = merged.programs.filter((program) => program.duplicateOf !== null);
    // Each of the 8 entries appears twice; Office also has its MSI key: 8 + 1 repeats.
    expect(repeats).toHaveLength(9);
  });
});
