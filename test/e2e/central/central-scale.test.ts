import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_MIX } from '../../../bench/generate';
import { CITY_PERIOD, type PreparedCity, prepareCentralCity } from '../../../bench/ui-city';
import {
  clearField,
  installLongTaskObserver,
  openFromMenu,
  readReturnsCount,
  rowsOf,
  TaskRecorder,
  typeSlowly,
  wheelToEnd,
} from '../../../bench/ui-clerk';
import { generateDemoReturns } from '../../../shared/demo';
import type { ReturnData } from '../../../shared/return-file';
import { countPlainly } from '../../fixtures/central/count-independently';
import { grouped, openSession, type Session, shows } from '../browser';

// 30 city departments and 10 county units: enough to scroll, and two counties to filter by.
const UNITS = 40;
const MACHINES_PER_UNIT = 25;

describe('central screens over a whole city, in virtual lists', () => {
  let cacheRoot: string;
  let city: PreparedCity;
  let session: Session;
  let recorder: TaskRecorder;
  /** The generated returns, made again here (as the bench makes them) to count them the plain way. */
  let returns: ReturnData[];

  beforeAll(async () => {
    returns = [
      ...generateDemoReturns({
        units: UNITS,
        machinesPerUnit: MACHINES_PER_UNIT,
        seed: 2026,
        period: CITY_PERIOD,
        programVersion: 'bench',
        ...BENCH_MIX,
      }),
    ].map((r) => r.data);
    cacheRoot = await mkdtemp(join(tmpdir(), 'zb-e2e-scale-'));
    city = await prepareCentralCity({ units: UNITS, machinesPerUnit: MACHINES_PER_UNIT, cacheRoot });
    session = await openSession({ dataDir: city.dataDir });
    await installLongTaskObserver(session.page);
    recorder = new TaskRecorder(session.page);
  }, 180_000);
  afterAll(async () => {
    try {
      const totals = await recorder?.totals();
      if (totals)
        console.log(
          `central screens, ${UNITS} units: longest task ${totals.longestTaskMs} ms (${totals.longTasks} over 50 ms); per action ${JSON.stringify(recorder.perAction)}`,
        );
    } finally {
      await session?.close();
      await city?.dispose();
      if (cacheRoot) await rm(cacheRoot, { recursive: true, force: true });
    }
  });

  const byCode = () => [...returns].sort((a, b) => a.profile.code.localeCompare(b.profile.code));

  it('lists one current return per unit', async () => {
    const { page, harness } = session;
    // A fresh load (not a hash change on the page already open), so the task observer is in from the start.
    await page.goto('about:blank');
    await recorder.run('openReturns', async () => {
      await page.goto(`${harness.url}#/central/returns`);
      await rowsOf(page, 'returns-table').first().waitFor();
    });
    await shows(page, `${CITY_PERIOD} 已收回传文件（计入统计 ${returns.length} 份）`);
    expect(await readReturnsCount(page)).toEqual({ shown: UNITS, total: UNITS });
  });

  it('scrolls to the last unit and back to the first', async () => {
    const { page } = session;
    const [first, last] = [byCode()[0], byCode().at(-1)];
    const bottom = await recorder.run('scrollReturns', () => wheelToEnd(page, 'returns-table', 'down'));
    expect(bottom).toContain(last?.profile.name);
    expect(bottom).toContain(last?.profile.code);
    const top = await recorder.run('scrollReturnsBack', () => wheelToEnd(page, 'returns-table', 'up'));
    expect(top).toContain(first?.profile.name);
  });

  it('finds a unit by its name and the units of a county, and shows all again when cleared', async () => {
    const { page } = session;
    const filter = page.getByTestId('returns-filter');
    const wanted = returns[17]?.profile.name ?? '';
    await recorder.run('filterByName', () => typeSlowly(filter, wanted));
    await expect.poll(() => readReturnsCount(page)).toEqual({ shown: 1, total: UNITS });
    expect(await rowsOf(page, 'returns-table').first().textContent()).toContain(wanted);

    await recorder.run('clearFilter', () => clearField(page, filter));
    await expect.poll(() => readReturnsCount(page)).toEqual({ shown: UNITS, total: UNITS });

    const inCounty = returns.filter((r) => r.profile.parentName === '东湖区');
    expect(inCounty.length).toBeGreaterThan(1);
    await recorder.run('filterByCounty', () => typeSlowly(filter, '东湖区'));
    await expect.poll(() => readReturnsCount(page)).toEqual({ shown: inCounty.length, total: UNITS });
    const shown = await rowsOf(page, 'returns-table').allTextContents();
    expect(shown).toHaveLength(inCounty.length);
    for (const r of inCounty) expect(shown.some((row) => row.includes(r.profile.code))).toBe(true);
    await clearField(page, filter);
    await expect.poll(() => readReturnsCount(page)).toEqual({ shown: UNITS, total: UNITS });
  });

  it('sorts by computers, the unit with the most first', async () => {
    const { page } = session;
    const counts = returns.map((r) => ({ name: r.profile.name, computers: countPlainly([r]).computers }));
    const most = Math.max(...counts.map((c) => c.computers));
    const header = page.locator('[data-testid="returns-table"] th', { hasText: '计算机' }).first();
    await recorder.run('sortReturns', async () => {
      await header.click();
      await header.click();
    });
    const firstRow = (await rowsOf(page, 'returns-table').first().textContent()) ?? '';
    expect(counts.some((c) => c.computers === most && firstRow.includes(c.name))).toBe(true);
  });

  it('shows the city total of computers with its charts, by unit and by county', async () => {
    const { page } = session;
    await recorder.run('openStats', async () => {
      await openFromMenu(page, '汇总统计');
      await page.locator('[data-testid="chart-needed"] canvas').first().waitFor();
    });
    await expect
      .poll(() => page.getByTestId('stats-computers').textContent())
      .toBe(grouped(countPlainly(returns).computers));
    const counties = new Set(returns.map((r) => r.profile.parentName));
    await recorder.run('switchBreakdown', () =>
      page.getByTestId('stats-level').getByText('按县（区）').click(),
    );
    await expect.poll(() => rowsOf(page, 'stats-lines').count()).toBe(counties.size);
    await page.getByTestId('stats-level').getByText('按单位').click();
    const bottom = await recorder.run('scrollStats', () => wheelToEnd(page, 'stats-lines', 'down'));
    expect(bottom).toContain(returns.at(-1)?.profile.name);
  });

  it('scrolls the roster to its last unit, every unit returned', async () => {
    const { page } = session;
    await recorder.run('openRoster', async () => {
      await openFromMenu(page, '名单与回收');
      await rowsOf(page, 'roster-table').first().waitFor();
    });
    await shows(page, `${UNITS}/${UNITS}`);
    const bottom = await recorder.run('scrollRoster', () => wheelToEnd(page, 'roster-table', 'down'));
    expect(bottom).toContain(city.units.at(-1)?.name);
    expect(bottom).toContain('已报送');
  });

  it('asks before removing a unit from the roster, then counts without it', async () => {
    const { page } = session;
    const last = city.units.at(-1);
    const row = rowsOf(page, 'roster-table').filter({ hasText: last?.code ?? '' });
    await row.getByRole('button', { name: '删除' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: `从名单中删除“${last?.name}”？` })
      .waitFor();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await shows(page, `${UNITS - 1}/${UNITS - 1}`);
    expect(session.errors).toEqual([]);
  });
});
