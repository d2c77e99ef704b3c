import { describe, expect, it } from 'vitest';
import { createIncrementalJsonEncoder } from '../../../../electron/main/store/incremental-json';
import { BUILTIN_PRODUCTS, createNormalizer } from '../../../../shared/catalog';
import { createRng, generateUnit, listDemoUnits } from '../../../../shared/demo';

type Doc = Record<string, unknown> & { machines: Record<string, unknown>[]; installs: Install[] };
type Install = Record<string, unknown> & { evidence: Record<string, unknown> };

/** A unit of 40 machines (some 600 installs, so several blocks) as a plain JSON document. */
function makeDoc(): Doc {
  const [spec] = listDemoUnits(1);
  if (!spec) throw new Error('no unit');
  const unit = generateUnit(spec, {
    seed: 3,
    machines: 40,
    period: '2026',
    toolDensity: 4,
    extraTools: 14,
    normalize: createNormalizer(BUILTIN_PRODUCTS),
    productsById: new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p])),
  });
  return JSON.parse(JSON.stringify({ schemaVersion: 1, ...unit, images: [], trash: [] }));
}

const text = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');

describe('writing a document again after an edit', () => {
  it('gives exactly the bytes of JSON.stringify after every kind of edit', () => {
    const doc = makeDoc();
    const encode = createIncrementalJsonEncoder();
    const edits: Array<[string, (d: Doc) => void]> = [
      ['nothing', () => {}],
      ['a field in place', (d) => Object.assign(d.machines[3] ?? {}, { notes: '该机已调拨至办公室。' })],
      ['a nested field in place', (d) => Object.assign(d.installs[300]?.evidence ?? {}, { invoiceNo: '88' })],
      ['a number to a string', (d) => Object.assign(d.installs[5] ?? {}, { notes: 42 })],
      ['an element pushed', (d) => d.installs.push({ ...(d.installs[0] as Install), id: 'new' })],
      ['an element deleted in the middle', (d) => d.installs.splice(100, 1)],
      [
        'the array replaced by a filtered copy',
        (d) => (d.installs = d.installs.filter((_, i) => i % 7 !== 0)),
      ],
      ['keys in a new order', (d) => reorder(d.machines[1] ?? {})],
      ['a key added', (d) => Object.assign(d.machines[2] ?? {}, { extra: { a: [1, '二', null] } })],
      ['a key removed', (d) => Reflect.deleteProperty(d.machines[2] ?? {}, 'extra')],
      ['a key moved into the object before it', (d) => moveIntoEvidence(d.installs[10])],
      ['a key renamed, same value', (d) => rename(d.machines[4] ?? {}, 'notes', 'note')],
      ['a value made undefined', (d) => Object.assign(d.machines[6] ?? {}, { user: undefined })],
      ['a NaN value', (d) => Object.assign(d.machines[7] ?? {}, { headcount: Number.NaN })],
      ['a Date', (d) => Object.assign(d.machines[8] ?? {}, { seen: new Date(Date.UTC(2026, 0, 2)) })],
      ['an element with toJSON', (d) => d.machines.push({ toJSON: () => 'custom' })],
      ['an element made a string', (d) => d.machines.splice(9, 1, 'just text' as never)],
      ['a hole in an array', (d) => (d.machines.length += 2)],
      ['an array inside an element', (d) => (d.images = [{ id: 'i', installs: [d.installs[1]] }])],
      [
        'that inner array edited',
        (d) => ((d.images as Array<{ installs: Install[] }>)[0]?.installs ?? []).pop(),
      ],
      ['a top-level key added', (d) => (d.fresh = ['x'])],
      ['a top-level array emptied', (d) => (d.installs = [])],
      ['a top-level value made undefined', (d) => (d.trash = undefined)],
    ];
    for (const [name, edit] of edits) {
      edit(doc);
      expect(text(encode(doc)), name).toBe(JSON.stringify(doc));
    }
  });

  it('stays exact over hundreds of random edits of a large ledger', () => {
    const doc = makeDoc();
    const encode = createIncrementalJsonEncoder();
    const rng = createRng(20261127);
    for (let step = 0; step < 200; step++) {
      const i = rng.int(0, doc.installs.length - 1);
      const install = doc.installs[i];
      const choice = rng.int(0, 5);
      if (choice === 0 && install) install.notes = `备注 ${step}`;
      else if (choice === 1 && install) install.evidence.kmsHost = rng.chance(0.5) ? '' : `kms${step}.gov.cn`;
      else if (choice === 2) doc.installs.splice(i, 1);
      else if (choice === 3 && install) doc.installs.splice(i, 0, { ...install, id: `copy-${step}` });
      else if (choice === 4 && install) doc.installs[i] = JSON.parse(JSON.stringify(install));
      else doc.machines.reverse();
      expect(text(encode(doc))).toBe(JSON.stringify(doc));
    }
  });

  it('writes values JSON cannot take the way JSON.stringify does', () => {
    const encode = createIncrementalJsonEncoder();
    expect(text(encode([1, 'a']))).toBe('[1,"a"]');
    expect(text(encode({ a: () => 1, b: Symbol('s'), c: [undefined, () => 1] }))).toBe('{"c":[null,null]}');
    expect(text(encode({ toJSON: () => ({ x: 1 }) }))).toBe('{"x":1}');
  });
});

function reorder(o: Record<string, unknown>): void {
  const entries = Object.entries(o).reverse();
  for (const [k] of entries) delete o[k];
  for (const [k, v] of entries) o[k] = v;
}

function rename(o: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(o).map(([k, v]): [string, unknown] => [k === from ? to : k, v]);
  for (const [k] of Object.entries(o)) delete o[k];
  for (const [k, v] of entries) o[k] = v;
}

/** Moves the key after `evidence` inside it: the same keys and values in the same order, nested anew. */
function moveIntoEvidence(install: Install | undefined): void {
  if (!install) return;
  const { entitlementId, notes } = install;
  Reflect.deleteProperty(install, 'entitlementId');
  Reflect.deleteProperty(install, 'notes');
  install.evidence.entitlementId = entitlementId;
  install.notes = notes;
}
