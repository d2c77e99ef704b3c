import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { HarnessHost } from '../electron/harness/harness-host';
import { importReturnFiles } from '../electron/main/central/import-service';
import { centralContext } from '../electron/main/handlers/central/central-context';
import { AppService } from '../electron/main/services/app-service';
import { CENTRAL_DOC_VERSION } from '../electron/main/store/central-doc';
import { closeDocuments } from '../electron/main/store/document';
import { DEMO_PACKAGE_ID, type DemoUnitSpec, listDemoUnits } from '../shared/demo';
import { ensureReturns, listBenchRoster } from './generate';

export const CITY_PERIOD = '2026';

export interface CityScale {
  units: number;
  machinesPerUnit: number;
  cacheRoot: string;
}

/** A copy of a prepared central data dir: its own to change, removed by `dispose`. */
export interface PreparedCity {
  dataDir: string;
  /** The roster units in roster order (the generator's order). */
  units: DemoUnitSpec[];
  files: number;
  machines: number;
  installs: number;
  /** Wall time of the import when this run had to build the data dir; 0 when it came from the cache. */
  importMs: number;
  dispose(): Promise<void>;
}

interface Marker {
  files: number;
  rejected: number;
}

/**
 * A data dir whose current workspace is a city's central side with every return of the generated
 * city imported and its roster set. Built once per scale under cacheRoot (through the program's
 * own store and import), then copied to a temporary folder for each use so the cache never changes.
 */
export async function prepareCentralCity(scale: CityScale): Promise<PreparedCity> {
  const units = listDemoUnits(scale.units);
  const name = await findScaleName(scale.cacheRoot, scale.units, scale.machinesPerUnit);
  const returns = await ensureReturns(scale.cacheRoot, {
    name,
    units: scale.units,
    machinesPerUnit: scale.machinesPerUnit,
  });
  const folder = returns.files[0] ? basename(dirname(returns.files[0])) : `${scale.units}x0`;
  // Keyed by the returns' folder (scale and software mix) and the store's version.
  const cached = join(scale.cacheRoot, `ui-central-v${CENTRAL_DOC_VERSION}-${folder}`);
  const markerFile = join(cached, '.complete.json');
  let importMs = 0;
  if (!existsSync(markerFile)) importMs = await buildCentralCity(scale, returns.files, cached);
  const marker = JSON.parse(await readFile(markerFile, 'utf8')) as Marker; // written by buildCentralCity
  const dataDir = await mkdtemp(join(tmpdir(), 'zb-ui-city-'));
  await cp(cached, dataDir, { recursive: true });
  return {
    dataDir,
    units,
    files: marker.files,
    machines: returns.machines,
    installs: returns.installs,
    importMs,
    async dispose() {
      closeDocuments(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reuses the generated returns bench/run.ts already wrote for this scale, whatever it named them. */
async function findScaleName(cacheRoot: string, units: number, machinesPerUnit: number): Promise<string> {
  const size = new RegExp(`^(.+)-${units}x${machinesPerUnit}(?:-|$)`);
  const names = existsSync(cacheRoot) ? await readdir(cacheRoot) : [];
  for (const n of names.sort().reverse()) {
    const name = size.exec(n)?.[1];
    if (name && !name.startsWith('ui-central') && existsSync(join(cacheRoot, n, '.complete.json')))
      return name;
  }
  return 'ui';
}

async function buildCentralCity(scale: CityScale, files: string[], target: string): Promise<number> {
  await mkdir(scale.cacheRoot, { recursive: true });
  const building = await mkdtemp(join(scale.cacheRoot, '.building-'));
  try {
    const app = await AppService.open({
      dataDir: building,
      version: 'bench',
      now: () => new Date(),
      newId: () => randomUUID(),
      firstRun: 'empty',
    });
    const host = new HarnessHost(join(building, 'saved'));
    const ws = app.workspace();
    await ws.central.update((d) => {
      d.rosters = [{ period: CITY_PERIOD, units: listBenchRoster(scale.units) }];
      d.currentPeriod = CITY_PERIOD;
      // The generated returns were filled in under the demo city's reporting package.
      d.issuedPackages = [
        {
          id: DEMO_PACKAGE_ID,
          title: `${CITY_PERIOD} 年度软件正版化情况统计`,
          period: CITY_PERIOD,
          issuedAt: `${CITY_PERIOD}-10-20T09:00:00+08:00`,
          deadline: `${CITY_PERIOD}-11-30`,
          catalogAdditions: 0,
          prices: 0,
        },
      ];
    });
    const started = performance.now();
    const outcome = await importReturnFiles(centralContext(app, host), CITY_PERIOD, files);
    const importMs = performance.now() - started;
    closeDocuments(building);
    // The backup taken before the import is of an empty workspace: no use to anyone here.
    await rm(join(building, 'backups'), { recursive: true, force: true });
    if (outcome.counts.rejected > 0)
      console.warn(`${outcome.counts.rejected} generated returns were refused`);
    const marker: Marker = { files: files.length, rejected: outcome.counts.rejected };
    await writeFile(join(building, '.complete.json'), JSON.stringify(marker));
    await rm(target, { recursive: true, force: true });
    await rename(building, target);
    return importMs;
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}
