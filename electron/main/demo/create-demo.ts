import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { UnitFunds } from '../../../shared/budget/budget-settings';
import {
  DEMO_CITY,
  DEMO_PACKAGE_ID,
  DEMO_RULE_OPTIONS,
  type DemoUnitReturn,
  generateDemoReturns,
} from '../../../shared/demo';
import { suggestReturnFileName } from '../../../shared/office-return';
import { encodeReturn } from '../../../shared/return-file';
import type { RosterUnit } from '../../../shared/roster/roster';
import { importReturnFiles } from '../central/import-service';
import { centralContext } from '../handlers/central/central-context';
import type { Host } from '../host';
import type { AppService } from '../services/app-service';
import { writeFileAtomic } from '../store/atomic-file';

export const DEMO_PERIOD = '2026';
/** The unit whose office view the demo opens on: the city copyright bureau (市版权局). */
const OFFICE_UNIT_INDEX = 28;
/** Units that have not returned yet: the seed's first round got 53 of 54 back. */
const WITHHELD = new Set([44, 61]);
/** The unit whose return arrives with a total edited by hand after export. */
const EDITED = 52;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Fills the active workspace with the demo city 青岚市: the office view of one unit, a 70-unit
 * roster, 67 returns imported (one with a hand-edited total), two units not yet returned, budget
 * funds, and the city's reporting package rules. Deterministic: the same demo every time.
 */
export async function populateDemoWorkspace(app: AppService, host: Host, version: string): Promise<void> {
  const ws = app.workspace();
  const inbox = join(ws.dir, 'demo-inbox');
  await mkdir(inbox, { recursive: true });
  const files: string[] = [];
  let office: DemoUnitReturn | null = null;
  const roster: RosterUnit[] = [];
  const funds: UnitFunds[] = [];
  for (const item of generateDemoReturns({
    units: 70,
    machinesPerUnit: 47,
    seed: 2026,
    period: DEMO_PERIOD,
    programVersion: version,
  })) {
    const { profile } = item.data;
    const index = roster.length;
    roster.push({
      code: profile.code,
      name: profile.name,
      parentCode: profile.parentCode,
      parentName: profile.parentName,
      contact: profile.contact,
      phone: profile.phone,
    });
    if (item.unit.fundsAllocatedFen > 0)
      funds.push({ unitCode: profile.code, fundsFen: item.unit.fundsAllocatedFen, note: '' });
    if (index === OFFICE_UNIT_INDEX) office = item;
    if (WITHHELD.has(index)) continue;
    let bytes = encodeReturn(item.data, { digest: sha256 });
    if (index === EDITED) bytes = editSummaryTotal(bytes);
    const file = join(inbox, suggestReturnFileName(profile));
    await writeFileAtomic(file, bytes);
    files.push(file);
  }
  if (office) {
    const unit = office.unit;
    await ws.office.update((d) => {
      d.profile = unit.profile;
      d.machines = unit.machines;
      d.installs = unit.installs;
      d.entitlements = unit.entitlements;
      d.milestones = unit.milestones;
      d.ruleOptions = DEMO_RULE_OPTIONS;
    });
    await ws.budget.update((d) => {
      d.fundsAllocatedFen = unit.fundsAllocatedFen;
      d.unitFunds = funds;
    });
  }
  await ws.central.update((d) => {
    d.rosters = [{ period: DEMO_PERIOD, units: roster }];
    d.currentPeriod = DEMO_PERIOD;
    d.issuedPackages = [
      {
        id: DEMO_PACKAGE_ID,
        title: '青岚市 2026 年度软件正版化情况统计',
        period: DEMO_PERIOD,
        issuedAt: `${DEMO_PERIOD}-10-20T09:00:00+08:00`,
        deadline: `${DEMO_PERIOD}-11-30`,
        catalogAdditions: 0,
        prices: 0,
      },
    ];
  });
  await importReturnFiles(centralContext(app, host), DEMO_PERIOD, files);
}

/** The city office that merges the demo returns. */
export const DEMO_CENTRAL = DEMO_CITY;

/** Changes one figure of the 汇总表 the way a clerk editing the file in Excel would. */
function editSummaryTotal(bytes: Uint8Array): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', dense: true });
  const sheet = wb.Sheets['汇总表'];
  const rows = sheet?.['!data'];
  if (!sheet || !rows) return bytes;
  for (const row of rows) {
    const cell = row?.[1];
    if (cell && typeof cell.v === 'number' && cell.v > 0) {
      cell.v += 3;
      break;
    }
  }
  // SheetJS cannot write a dense sheet back with holes where empty rows were: give them empty rows.
  for (const name of wb.SheetNames) {
    const data = wb.Sheets[name]?.['!data'];
    if (data) for (let r = 0; r < data.length; r++) data[r] ??= [];
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
