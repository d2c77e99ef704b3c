import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session, screenshot, shows } from './browser';

describe('first start on the demo city', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ demo: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('opens the office view of one unit, clearly labelled as demo data', async () => {
    const { page } = session;
    await shows(page, '示例数据');
    await shows(page, '待处理事项');
    const office = session.harness.service.workspace().office.data;
    expect(office.profile?.name).toBe('青岚市版权局');
    // The overview's computer count equals the unit's machines that are not scrapped.
    const computers = office.machines.filter((m) => m.status !== 'scrapped').length;
    await expect
      .poll(() => page.locator('.ant-statistic').first().innerText())
      .toMatch(new RegExp(`计算机\\s+${computers}\\s*台`));
    await screenshot(page, 'demo-office-overview');
    expect(session.errors).toEqual([]);
  });

  it('shows the city with 68 of 70 units returned and names the two missing', async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/central/roster`);
    await shows(page, '68/70');
    const central = session.harness.service.workspace().central.data;
    const returned = new Set(central.returns.filter((r) => r.state === 'current').map((r) => r.assignedCode));
    const missing = central.rosters[0]?.units.filter((u) => !returned.has(u.code)) ?? [];
    expect(missing).toHaveLength(2);
    for (const unit of missing) await shows(page, unit.name);
    await screenshot(page, 'demo-central-roster');
  });

  it('starts a real empty workspace in one click and goes back to the demo', async () => {
    const { page } = session;
    await page.getByTestId('start-real').click();
    await shows(page, '已切换到正式工作区');
    expect(session.harness.service.workspace().info.kind).toBe('real');
    expect(session.harness.service.workspace().office.data.machines).toEqual([]);
    await page.getByTestId('open-demo').click();
    await shows(page, '已打开示例数据');
    expect(session.harness.service.workspace().office.data.machines.length).toBeGreaterThan(10);
  });
});
