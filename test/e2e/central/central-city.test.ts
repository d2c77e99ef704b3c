import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { countPlainly, sumCategories } from '../../fixtures/central/count-independently';
import {
  type CityScenario,
  encodeRosterWorkbook,
  writeCityScenario,
} from '../../fixtures/central/write-returns';
import { ARTIFACTS, grouped, openSession, type Session, screenshot, shows } from '../browser';

const PERIOD = '2026';

/** Calls a method through the page's own bridge, as the UI does. */
async function api<K extends MethodName>(page: Page, method: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await page.evaluate(
    ([m, i]) => (globalThis as unknown as { api: Bridge }).api.invoke(m as MethodName, i as never),
    [method, input] as const,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as OutputOf<K>;
}

const textOf = (page: Page, testId: string) =>
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), which leaves hidden text out, is meant.
  page.getByTestId(testId).first().innerText();

describe('central side in the real UI: a city merges the returns of 70 units', () => {
  let session: Session;
  let scenario: CityScenario;
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'zb-e2e-city-'));
    scenario = await writeCityScenario(join(work, 'inbox'), PERIOD);
    await writeFile(join(work, 'roster.xlsx'), encodeRosterWorkbook(scenario.roster));
    session = await openSession();
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  const accepted = () =>
    [...scenario.data]
      .filter(([c]) => !scenario.withheld.includes(c) && c !== scenario.corrupted)
      .map(([, d]) => d);

  it('starts a period and imports the 70-unit roster from a workbook', async () => {
    const { page, harness } = session;
    await page.goto(`${harness.url}#/central/roster`);
    await page.getByTestId('period-new').fill(PERIOD);
    await page.getByTestId('period-new-go').click();
    harness.host.openAnswers.push([join(work, 'roster.xlsx')]);
    await page.getByTestId('roster-import').click();
    await shows(page, '2026 报送单位名单（70 个单位）');
    await shows(page, '已导入名单：新增 70 个单位');
  });

  it('imports the folder with progress: 67 accepted (one with the edited-total warning), one rejected with its reason', async () => {
    const { page, harness } = session;
    await page.goto(`${harness.url}#/central/import`);
    harness.host.openAnswers.push([scenario.folder]);
    const started = Date.now();
    await page.getByTestId('import-folder').click();
    // The page keeps answering while files are parsed: the progress bar counts up.
    await expect
      .poll(() => textOf(page, 'import-progress'), { timeout: 30_000 })
      .toMatch(/已处理 \d+ \/ 68 个文件/);
    await shows(page, '已接收 67 个', 120_000);
    console.log(`UI import of 68 files: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(await textOf(page, 'count-warnings')).toBe('其中有提示 1 个');
    expect(await textOf(page, 'count-rejected')).toBe('退回 1 个');
    const edited = scenario.roster.find((u) => u.code === scenario.edited)!;
    const corrupted = scenario.roster.find((u) => u.code === scenario.corrupted)!;
    await page.getByText('有提示', { exact: true }).click();
    await expect.poll(() => textOf(page, 'import-results')).toContain(edited.name);
    expect(await textOf(page, 'import-results')).toMatch(/工作表“汇总表” · 第 \d+ 行 · B 列/);
    await screenshot(page, 'central-import-warnings');
    await page.getByText('退回', { exact: true }).first().click();
    await expect.poll(() => textOf(page, 'import-results')).toContain(corrupted.name);
    expect(await textOf(page, 'import-results')).toContain('错误');
    expect(await textOf(page, 'import-results')).toContain('文件不完整');
    await screenshot(page, 'central-import-rejected');
    await page.getByText('全部', { exact: true }).click();
    await screenshot(page, 'central-import');
  });

  it('reads 67/70 on the roster, naming the two units that sent nothing and the one whose file was rejected', async () => {
    const { page, harness } = session;
    await page.goto(`${harness.url}#/central/roster`);
    await expect.poll(() => textOf(page, 'recovery-ratio')).toContain('67/70');
    for (const code of scenario.withheld) {
      expect(await textOf(page, `missing-${code}`)).toContain('未报送');
    }
    const rejected = await textOf(page, `missing-${scenario.corrupted}`);
    expect(rejected).toContain('文件被退回');
    expect(rejected).toContain('文件不完整');
    await screenshot(page, 'central-roster');
  });

  it('changes nothing when the folder is imported again', async () => {
    const { page, harness } = session;
    const before = await api(page, 'central:returns', { period: PERIOD });
    await page.goto(`${harness.url}#/central/import`);
    harness.host.openAnswers.push([scenario.folder]);
    await page.getByTestId('import-folder').click();
    await shows(page, '此前已导入 67 个', 120_000);
    expect(await textOf(page, 'count-accepted')).toBe('已接收 0 个');
    expect(await api(page, 'central:returns', { period: PERIOD })).toEqual(before);
    const overview = await api(page, 'central:overview', {});
    expect(overview.recovery).toMatchObject({ returned: 67, expected: 70 });
  });

  it('shows statistics equal to an independent count, each number opening the rows behind it', async () => {
    const { page, harness } = session;
    const plain = countPlainly(accepted());
    await page.goto(`${harness.url}#/central/stats`);
    await expect.poll(() => textOf(page, 'stats-computers')).toBe(grouped(plain.computers));
    expect(await textOf(page, 'stats-recovery')).toContain('67/70');
    expect((await textOf(page, 'stats-installed')).replace(/,/g, '')).toContain(
      String(sumCategories(plain.installed)),
    );
    expect(await textOf(page, 'form-total-os-notGenuine')).toBe(grouped(plain.notGenuine.os));
    expect(await textOf(page, 'form-total-office-toVerify')).toBe(grouped(plain.toVerify.office));
    const needed = sumCategories(plain.notGenuine) + sumCategories(plain.toVerify);
    expect(await textOf(page, 'stats-needed')).toBe(grouped(needed));
    expect(await textOf(page, 'vendor-microsoft')).toBe(grouped(plain.byVendor.get('microsoft')));
    await page.waitForTimeout(500);
    await screenshot(page, 'central-stats');
    await page.getByTestId('form-total-os-notGenuine').click();
    await expect
      .poll(() => textOf(page, 'drill-summary'), { timeout: 30_000 })
      .toBe(`共 ${plain.notGenuine.os} 条记录，读取自 67 份回传文件。`);
    await page.waitForTimeout(400);
    // The drawer is fixed to the window: a window-sized shot shows it as the user sees it.
    await page.screenshot({ path: join(ARTIFACTS, 'central-drill.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('stats-level').getByText('按县（区）').click();
    await page.waitForTimeout(300);
    await screenshot(page, 'central-stats-county');
  });

  it('lists the received files and their history', async () => {
    const { page, harness } = session;
    await page.goto(`${harness.url}#/central/returns`);
    await shows(page, '2026 已收回传文件（计入统计 67 份）');
    await screenshot(page, 'central-returns');
  });

  it('exports the consolidated workbook and the PDF summary form', async () => {
    const { page, harness } = session;
    await api(page, 'profile:save', {
      code: '520300',
      name: '遵义市版权局',
      parentCode: '',
      parentName: '',
      level: 'city',
      headcount: 46,
      contact: '张晓梅',
      phone: '0851-28221234',
      period: PERIOD,
    });
    await page.goto(`${harness.url}#/central/report`);
    await page.getByTestId('export-report').click();
    await shows(page, '67 个单位', 120_000);
    const report = harness.host.saved.find((p) => p.endsWith('汇总报告.xlsx'));
    expect(report && existsSync(report)).toBe(true);
    await page.getByTestId('signer-preparer').fill('张晓梅');
    await page.getByTestId('signer-reviewer').fill('李明');
    await page.getByTestId('signer-head').fill('王强');
    await page.getByTestId('export-pdf').click();
    await expect
      .poll(() => harness.host.saved.some((p) => p.endsWith('.pdf') && existsSync(p)), { timeout: 60_000 })
      .toBe(true);
    const pdf = harness.host.saved.find((p) => p.endsWith('.pdf'))!;
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('package-deadline').fill('2026-06-30');
    await page.getByTestId('export-package').click();
    await expect.poll(() => harness.host.saved.some((p) => p.endsWith('.zbpkg') && existsSync(p))).toBe(true);
    await page.waitForTimeout(3500);
    await screenshot(page, 'central-report');
    expect(session.errors).toEqual([]);
  });

  it('re-imports the consolidated workbook one level up with the same totals', async () => {
    const report = session.harness.host.saved.find((p) => p.endsWith('汇总报告.xlsx'))!;
    const city = await api(session.page, 'central:stats', { period: PERIOD });
    const province = await openSession();
    try {
      const { page, harness } = province;
      await api(page, 'roster:upsert', {
        period: PERIOD,
        unit: {
          code: '520300',
          name: '遵义市版权局',
          parentCode: '',
          parentName: '',
          contact: '',
          phone: '',
        },
      });
      await page.goto(`${harness.url}#/central/import`);
      harness.host.openAnswers.push([report]);
      await page.getByTestId('import-files').click();
      await shows(page, '已接收 1 个', 60_000);
      const up = await api(page, 'central:stats', { period: PERIOD });
      expect(up.stats.total.figures.computers).toBe(city.stats.total.figures.computers);
      expect(up.stats.total.figures.byCategory).toEqual(city.stats.total.figures.byCategory);
      await page.goto(`${harness.url}#/central/stats`);
      await expect
        .poll(() => textOf(page, 'stats-computers'))
        .toBe(grouped(city.stats.total.figures.computers));
      await screenshot(page, 'central-province-stats');
    } finally {
      await province.close();
    }
  });

  it('takes a unit typed in by hand and exports the chase list with every unit still missing', async () => {
    const { page, harness } = session;
    await page.goto(`${harness.url}#/central/roster`);
    await page.getByTestId('roster-add').click();
    await page.getByTestId('roster-unit-code').fill('52038199');
    await page.getByTestId('roster-unit-name').fill('赤水市档案馆');
    await page.getByTestId('roster-unit-parent').fill('赤水市');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => textOf(page, 'recovery-ratio')).toContain('67/71');
    await page.getByTestId('roster-chase').click();
    await expect
      .poll(() => harness.host.saved.some((p) => p.includes('催报名单') && existsSync(p)))
      .toBe(true);
    const chase = harness.host.saved.find((p) => p.includes('催报名单'))!;
    const XLSX = await import('xlsx');
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(await readFile(chase)).Sheets[PERIOD]!, {
      header: 1,
    });
    expect(
      rows
        .slice(2)
        .map((r) => r[1])
        .sort(),
    ).toEqual([...scenario.withheld, scenario.corrupted, '52038199'].sort());
    expect(session.errors).toEqual([]);
  });
});
