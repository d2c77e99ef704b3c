/**
 * Times encoding and decoding a large return: `npx tsx test/shared/return-file/measure-speed.ts [installs] [machines]`.
 * Not a test: the figures depend on the machine.
 */
import * as XLSX from 'xlsx';
import { decodeReturn, encodeReturn, type ReturnData } from '../../../shared/return-file';
import { makeEntitlement, makeInstall, makeMachine, makeReturn, sha256 } from './helpers';

const installCount = Number(process.argv[2] ?? 100_000);
const machineCount = Number(process.argv[3] ?? 3_000);
const categories = ['os', 'office', 'security', 'other'] as const;
const statuses = ['genuine', 'not_genuine', 'to_verify'] as const;

function buildLargeReturn(): ReturnData {
  const machines = Array.from({ length: machineCount }, (_, i) =>
    makeMachine(`m-${i}`, {
      assetNo: String(i).padStart(8, '0'),
      user: `使用人${i % 97}`,
      department: `办公室${i % 13}`,
      brand: 'Lenovo',
      model: 'ThinkCentre M720',
      serial: `SN${i}X`,
      purchaseDate: '2021-06-30',
      hostname: `PC-${i}`,
    }),
  );
  const installs = Array.from({ length: installCount }, (_, i) =>
    makeInstall(`i-${i}`, `m-${i % machineCount}`, {
      rawName: `Microsoft Office Professional Plus 2016 - zh-cn ${i % 50}`,
      version: '16.0.4266.1001',
      edition: '专业增强版',
      category: categories[i % 4] ?? 'other',
      channel: 'volume',
      status: statuses[i % 3] ?? 'genuine',
      reasons: i % 3 === 0 ? [] : ['没有发票或合同号。', '未激活。'],
    }),
  );
  const entitlements = Array.from({ length: 50 }, (_, i) =>
    makeEntitlement(`e-${i}`, { amountFen: 123_456 * i }),
  );
  return makeReturn({ machines, installs, entitlements });
}

/** Wall and CPU milliseconds of one call; CPU time is steadier on a shared machine. */
function time<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return {
    value,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}

const data = buildLargeReturn();
const encoded = time(() => encodeReturn(data, { digest: sha256 }));
const decoded = time(() => decodeReturn(encoded.value, { digest: sha256 }));
// The floor: SheetJS alone parsing the same bytes with the same options.
const parseOnly = time(() =>
  XLSX.read(encoded.value, {
    type: 'array',
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellText: false,
  }),
);
console.log(
  JSON.stringify({
    installs: installCount,
    machines: machineCount,
    bytes: encoded.value.length,
    encode: { wallMs: encoded.wallMs, cpuMs: encoded.cpuMs },
    decode: { wallMs: decoded.wallMs, cpuMs: decoded.cpuMs },
    sheetjsParseOnly: { wallMs: parseOnly.wallMs, cpuMs: parseOnly.cpuMs },
    digestState: decoded.value.digestState,
    issues: decoded.value.issues.length,
    rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
  }),
);
