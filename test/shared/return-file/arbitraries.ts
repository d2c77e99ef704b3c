import fc from 'fast-check';
import {
  ACTIVATION_STATES,
  ARCHES,
  CATEGORIES,
  CHANNELS,
  COA_STATES,
  MACHINE_STATUSES,
  MACHINE_TYPES,
  MILESTONE_STATES,
  MILESTONES,
  STATUSES,
  UNIT_LEVELS,
  ZONES,
} from '../../../shared/model';
import type {
  BudgetLine,
  ChildSummary,
  ReturnData,
  ReturnEntitlement,
  ReturnInstall,
  ReturnMachine,
  ReturnMilestone,
} from '../../../shared/return-file';
import { MAX_AMOUNT_FEN } from '../../../shared/return-file';

/** Pieces that have broken spreadsheet codecs before: formulas, escapes, control and astral characters. */
const TRICKY = [
  '𠀀',
  '😀',
  '👨‍👩‍👧',
  'é',
  '\u0301',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '_x0041_',
  '_x005F_',
  '_x000D_',
  '=SUM(A1)',
  '+86 10',
  '-5',
  '@x',
  '&<>"\'',
  '\u0001',
  '\u001f',
  '\uFFFE',
  '000123',
  '1.50',
  'TRUE',
  '2024-01-05',
  '是',
  '正版',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
);

/** Text a clerk might type, up to `max` characters, CR LF excluded (a workbook turns it into LF). */
export function textArb(max: number, minLength = 0): fc.Arbitrary<string> {
  return fc
    .array(piece, { maxLength: 6 })
    .map((parts) => parts.join('').replace(/\r\n/g, '\r'))
    .filter((s) => s.length >= minLength && s.length <= max);
}

/** A long note near the cell limit, with astral characters. */
export const LONG_NOTE = `${'备注𠀀😀'.repeat(5333)}=end `;

const lineArb = textArb(200, 1).map((s) => s.replace(/[\r\n]/g, ' '));

const dateArb = fc.oneof(
  fc.constant(''),
  fc
    .date({
      min: new Date('1900-03-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

const unitCodeArb = fc.stringMatching(/^[0-9A-Z]{2,20}$/);
const periodArb = fc.stringMatching(/^\d{4}(?:H[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?$/);
const boolArb = fc.constantFrom(true, false, null);
const notesArb = fc.oneof(
  { weight: 9, arbitrary: textArb(200) },
  { weight: 1, arbitrary: fc.constant(LONG_NOTE) },
);

function withUnit<T extends object>(row: T, unitCode: string | undefined): T {
  return unitCode === undefined ? row : { ...row, unitCode };
}

const machineArb = (id: string, assetNo: string, unitCode: string | undefined): fc.Arbitrary<ReturnMachine> =>
  fc
    .record({
      user: textArb(64),
      department: textArb(128),
      type: fc.constantFrom(...MACHINE_TYPES),
      brand: textArb(64),
      model: textArb(128),
      serial: textArb(128),
      arch: fc.constantFrom(...ARCHES),
      zone: fc.constantFrom(...ZONES),
      purchaseDate: dateArb,
      status: fc.constantFrom(...MACHINE_STATUSES),
      hostname: textArb(128),
      uuid: textArb(64),
      notes: notesArb,
    })
    .map((rest) => withUnit({ id, assetNo, ...rest }, unitCode));

const installArb = (
  id: string,
  machine: ReturnMachine,
  entitlementIds: readonly string[],
): fc.Arbitrary<ReturnInstall> =>
  fc
    .record({
      productId: fc.option(textArb(64, 1), { nil: null }),
      rawName: textArb(512),
      version: textArb(64),
      edition: textArb(64),
      category: fc.constantFrom(...CATEGORIES),
      channel: fc.constantFrom(...CHANNELS),
      evidence: fc.record({
        invoiceNo: textArb(128),
        contractNo: textArb(128),
        coa: fc.constantFrom(...COA_STATES),
        productIdOem: boolArb,
        activation: fc.constantFrom(...ACTIVATION_STATES),
        kmsHost: textArb(255),
        originalMachine: boolArb,
        expiry: dateArb,
      }),
      entitlementId:
        entitlementIds.length === 0
          ? fc.constant(null)
          : fc.option(fc.constantFrom(...entitlementIds), { nil: null }),
      notes: notesArb,
      status: fc.constantFrom(...STATUSES),
      reasons: fc.array(lineArb, { maxLength: 4 }),
    })
    .map((rest) => withUnit({ id, machineId: machine.id, ...rest }, machine.unitCode));

const entitlementArb = (id: string): fc.Arbitrary<ReturnEntitlement> =>
  fc
    .record({
      productId: textArb(64, 1),
      edition: textArb(64),
      channel: fc.constantFrom(...CHANNELS),
      quantity: fc.integer({ min: 0, max: 10_000_000 }),
      contractNo: textArb(128),
      invoiceNo: textArb(128),
      supplier: textArb(128),
      purchaseDate: dateArb,
      amountFen: fc.oneof(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: MAX_AMOUNT_FEN }),
      ),
      expiry: dateArb,
      notes: notesArb,
    })
    .map((rest) => ({ id, ...rest }));

const milestonesArb: fc.Arbitrary<ReturnMilestone[]> = fc.subarray([...MILESTONES]).chain((keys) =>
  fc.tuple(
    ...keys.map((key) =>
      fc.record({
        key: fc.constant(key),
        state: fc.constantFrom(...MILESTONE_STATES),
        date: dateArb,
        note: textArb(1024),
        docRef: textArb(128),
      }),
    ),
  ),
);

const budgetArb: fc.Arbitrary<BudgetLine[]> = fc.uniqueArray(
  fc.record({
    scenario: textArb(128, 1).filter((s) => s.trim() !== ''),
    category: fc.constantFrom(...CATEGORIES),
    amountFen: fc.integer({ min: 0, max: MAX_AMOUNT_FEN }),
  }),
  { maxLength: 4, selector: (b) => `${b.scenario}\u0000${b.category}` },
);

const countsArb = fc.record({
  installed: fc.nat(1000),
  genuine: fc.nat(1000),
  notGenuine: fc.nat(1000),
  toVerify: fc.nat(1000),
  needed: fc.nat(1000),
});

const childArb = (unitCode: string): fc.Arbitrary<ChildSummary> =>
  fc.record({
    unitCode: fc.constant(unitCode),
    unitName: textArb(128, 1).filter((s) => s.trim() !== ''),
    parentCode: fc.oneof(fc.constant(''), unitCodeArb),
    computers: fc.nat(100_000),
    byCategory: fc.record({ os: countsArb, office: countsArb, security: countsArb, other: countsArb }),
  });

/** Unique, non-empty, never whitespace only (a row of spaces reads as a blank row). */
const idsArb = (max: number) =>
  fc.uniqueArray(
    textArb(64, 1).filter((s) => s.trim() !== ''),
    { maxLength: max },
  );

/** A whole valid return; consolidated (rows of child units, 下级单位汇总) in about a third of the cases. */
export const returnDataArb: fc.Arbitrary<ReturnData> = fc
  .record({
    isConsolidated: fc.boolean(),
    childUnits: fc.uniqueArray(unitCodeArb, { minLength: 1, maxLength: 3 }),
    machineIds: idsArb(6),
    assetNos: fc.uniqueArray(
      fc.oneof(fc.constantFrom('000123', '0001', '=A1', '-1'), textArb(64, 1)).filter((s) => s.trim() !== ''),
      { minLength: 6, maxLength: 6 },
    ),
    installIds: idsArb(8),
    entitlementIds: idsArb(3),
  })
  .chain(({ isConsolidated, childUnits, machineIds, assetNos, installIds, entitlementIds }) => {
    const unitPick = isConsolidated
      ? fc.option(fc.constantFrom(...childUnits), { nil: undefined })
      : fc.constant(undefined);
    const machinesArb = fc.tuple(
      ...machineIds.map((id, i) => unitPick.chain((unit) => machineArb(id, assetNos[i] ?? `A${i}`, unit))),
    );
    return fc
      .tuple(machinesArb, fc.tuple(...entitlementIds.map(entitlementArb)))
      .chain(([machines, entitlements]) =>
        fc.record({
          meta: fc.record({
            schemaVersion: fc.constant(1 as const),
            programVersion: textArb(64),
            exportedAt: fc.oneof(
              fc
                .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
                .map((d) => d.toISOString()),
              fc.constant('2026-03-02T09:30:00+08:00'),
            ),
            packageId: textArb(128),
            ruleOptionsDigest: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9a-f]{64}$/)),
          }),
          profile: fc.record({
            code: unitCodeArb,
            name: textArb(128, 1).filter((s) => s.trim() !== ''),
            parentCode: fc.oneof(fc.constant(''), unitCodeArb),
            parentName: textArb(128),
            level: fc.constantFrom(...UNIT_LEVELS),
            headcount: fc.nat(1_000_000),
            contact: textArb(64),
            phone: textArb(32),
            period: periodArb,
          }),
          machines: fc.constant(machines),
          installs:
            machines.length === 0
              ? fc.constant<ReturnInstall[]>([])
              : fc.tuple(
                  ...installIds.map((id) =>
                    fc.constantFrom(...machines).chain((m) => installArb(id, m, entitlementIds)),
                  ),
                ),
          entitlements: fc.constant(entitlements),
          milestones: milestonesArb,
          budget: budgetArb,
          children: isConsolidated ? fc.tuple(...childUnits.map(childArb)) : fc.constant(undefined),
        }),
      );
  })
  .map((data) => {
    const { children, ...rest } = data;
    // Generated records may lack Object.prototype; a return read from a file never does.
    return structuredClone(children === undefined ? rest : { ...rest, children });
  });
