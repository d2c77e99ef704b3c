import { describe, expect, it } from 'vitest';
import type { ReturnInstall } from '../../../shared/return-file';
import { summarizeReturn, totalCounts } from '../../../shared/stats/summary';
import { makeInstall, makeMachine } from '../return-file/helpers';

const zero = { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 };

describe('the summary form figures', () => {
  it('counts computers and installs per category, with needed = not genuine + to verify', () => {
    const summary = summarizeReturn({
      machines: [makeMachine('a'), makeMachine('b', { status: 'idle' })],
      installs: [
        makeInstall('1', 'a', { category: 'os', status: 'genuine' }),
        makeInstall('2', 'b', { category: 'os', status: 'not_genuine' }),
        makeInstall('3', 'a', { category: 'office', status: 'to_verify' }),
        makeInstall('4', 'b', { category: 'office', status: 'to_verify' }),
        makeInstall('5', 'b', { category: 'security', status: 'genuine' }),
      ],
    });
    expect(summary.computers).toBe(2);
    expect(summary.byCategory).toStrictEqual({
      os: { installed: 2, genuine: 1, notGenuine: 1, toVerify: 0, needed: 1 },
      office: { installed: 2, genuine: 0, notGenuine: 0, toVerify: 2, needed: 2 },
      security: { installed: 1, genuine: 1, notGenuine: 0, toVerify: 0, needed: 0 },
      other: zero,
    });
    expect(summary.genuineRate).toBeCloseTo(2 / 5, 12);
  });

  it('leaves scrapped computers and everything installed on them out', () => {
    const summary = summarizeReturn({
      machines: [makeMachine('a'), makeMachine('old', { status: 'scrapped' })],
      installs: [makeInstall('1', 'a'), makeInstall('2', 'old', { status: 'not_genuine' })],
    });
    expect(summary.computers).toBe(1);
    expect(summary.byCategory.os).toStrictEqual({
      installed: 1,
      genuine: 1,
      notGenuine: 0,
      toVerify: 0,
      needed: 0,
    });
    expect(summary.genuineRate).toBe(1);
  });

  it('looks scrapped machines up within their own unit in a consolidated return', () => {
    const summary = summarizeReturn({
      machines: [makeMachine('m1'), makeMachine('m1', { unitCode: 'CHILD01', status: 'scrapped' })],
      installs: [makeInstall('1', 'm1'), makeInstall('2', 'm1', { unitCode: 'CHILD01' })],
    });
    expect(summary.computers).toBe(1);
    expect(summary.byCategory.os.installed).toBe(1);
  });

  it('has no genuine rate when nothing is installed', () => {
    const summary = summarizeReturn({ machines: [makeMachine('a')], installs: [] });
    expect(summary.genuineRate).toBeNull();
    expect(totalCounts(summary.byCategory)).toStrictEqual(zero);
  });

  it('adds the categories up for the 合计 row', () => {
    const summary = summarizeReturn({
      machines: [makeMachine('a')],
      installs: [
        makeInstall('1', 'a', { category: 'os', status: 'not_genuine' }),
        makeInstall('2', 'a', { category: 'other', status: 'to_verify' }),
      ],
    });
    expect(totalCounts(summary.byCategory)).toStrictEqual({
      installed: 2,
      genuine: 0,
      notGenuine: 1,
      toVerify: 1,
      needed: 2,
    });
  });

  it('handles a million installs in one pass', () => {
    const machines = Array.from({ length: 1000 }, (_, i) =>
      makeMachine(`m${i}`, { status: i % 10 === 0 ? 'scrapped' : 'in_use' }),
    );
    const template = makeInstall('x', 'm0');
    const statuses = ['genuine', 'not_genuine', 'to_verify'] as const;
    const installs: ReturnInstall[] = Array.from({ length: 1_000_000 }, (_, i) => ({
      ...template,
      id: `i${i}`,
      machineId: `m${i % 1000}`,
      status: statuses[i % 3] ?? 'genuine',
    }));
    const started = performance.now();
    const summary = summarizeReturn({ machines, installs });
    const elapsed = performance.now() - started;
    // Machines m0, m10, … m990 are scrapped: 100 of 1,000, so 900,000 installs count.
    expect(summary.computers).toBe(900);
    expect(summary.byCategory.os.installed).toBe(900_000);
    expect(summary.byCategory.os.genuine + summary.byCategory.os.needed).toBe(900_000);
    expect(elapsed).toBeLessThan(5000);
  });
});
