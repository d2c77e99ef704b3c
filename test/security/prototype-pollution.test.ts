import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { HarnessHost } from '../../electron/harness/harness-host';
import { createDispatcher, type Dispatch } from '../../electron/main/handlers';
import { AppService } from '../../electron/main/services/app-service';
import { closeDocuments } from '../../electron/main/store/document';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { sampleInput } from './sample-input';

const POISON_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Hostile members as they arrive over IPC or HTTP: parsed text, so "__proto__" is an own key. */
const POISONS: ReadonlyArray<readonly [string, unknown]> = [
  ['__proto__', JSON.parse('{"polluted":"p1","isAdmin":true}')],
  ['__proto__', JSON.parse('{"__proto__":{"polluted":"p2"}}')],
  ['constructor', JSON.parse('{"prototype":{"polluted":"p3"}}')],
  ['prototype', JSON.parse('{"polluted":"p4"}')],
];

const WHOLE_INPUTS = [
  '{"__proto__":{"polluted":"w1"}}',
  '{"constructor":{"prototype":{"polluted":"w2"}}}',
  '{"prototype":{"polluted":"w3"}}',
  '{"a":{"b":{"__proto__":{"polluted":"w4"}}}}',
  '[{"__proto__":{"polluted":"w5"}}]',
  '{"__proto__":[],"length":1}',
  'null',
  '"__proto__"',
  '42',
];

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const SNAPSHOT = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));

function expectNoPollution(where: string): void {
  PROTOTYPES.forEach((p, i) => {
    expect(Object.getOwnPropertyNames(p).sort().join(','), `${where}: a prototype gained a member`).toBe(
      SNAPSHOT[i],
    );
  });
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, where).toBeUndefined();
  expect(probe.isAdmin, where).toBeUndefined();
  expect(Object.getPrototypeOf(probe), where).toBe(Object.prototype);
}

/** Sets a key as an own data property, the way JSON.parse and structured clone do, even "__proto__". */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Path = ReadonlyArray<string | number>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Paths to every object and array inside a value, the value itself included. */
function containerPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => containerPaths(item, [...path, i]))];
  if (isPlainObject(value)) {
    return [path, ...Object.entries(value).flatMap(([k, v]) => containerPaths(v, [...path, k]))];
  }
  return [];
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path)
    node = isPlainObject(node) || Array.isArray(node) ? Reflect.get(node, step) : undefined;
  return node;
}

/** The sample with poison planted at every depth: as an extra key, and as a copy of a sibling's value. */
function poisonedVariants(sample: unknown): unknown[] {
  const variants: unknown[] = WHOLE_INPUTS.map((text) => JSON.parse(text));
  for (const path of containerPaths(sample)) {
    for (const [key, payload] of POISONS) {
      const copy = clone(sample);
      const node = at(copy, path);
      if (isPlainObject(node) || Array.isArray(node)) {
        withOwnKey(node as Record<string, unknown>, key, payload);
        variants.push(copy);
      }
    }
    const original = at(sample, path);
    if (isPlainObject(original)) {
      // A record keyed by user text accepts "__proto__" when its value looks right.
      const sibling = Object.values(original)[0];
      for (const key of POISON_KEYS) {
        const copy = clone(sample);
        withOwnKey(at(copy, path) as Record<string, unknown>, key, clone(sibling) ?? {});
        variants.push(copy);
      }
      // Poison in place of each member's value.
      for (const member of Object.keys(original)) {
        const copy = clone(sample);
        withOwnKey(
          at(copy, path) as Record<string, unknown>,
          member,
          JSON.parse('{"__proto__":{"polluted":"v"}}'),
        );
        variants.push(copy);
      }
    }
  }
  return variants;
}

/** JSON-like values whose keys favour the dangerous ones, as fast-check generates them. */
function hostileJson(fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.constantFrom(...POISON_KEYS, ...fieldNames, 'polluted', 'x');
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, true, 0, 'polluted', ''),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }));
  return fc.dictionary(key, value, { maxKeys: 5 }).map((v) => JSON.parse(JSON.stringify(v)));
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) {
    closeDocuments(dir);
    await rm(dir, { recursive: true, force: true });
  }
});

async function createBoundary(): Promise<{ dispatch: Dispatch; internal: unknown[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'zb-pollution-'));
  dirs.push(dir);
  const app = await AppService.open({
    dataDir: dir,
    version: '1',
    now: () => new Date(),
    newId: () => 'ws-1',
  });
  const internal: unknown[] = [];
  return {
    dispatch: createDispatcher({ app, host: new HarnessHost(dir) }, (e) => internal.push(e)),
    internal,
  };
}

async function callSafely(dispatch: Dispatch, method: MethodName, input: unknown): Promise<string> {
  const result = await dispatch(method, input);
  expect(typeof result.ok, `${method}: not a Result`).toBe('boolean');
  return result.ok ? 'ok' : result.error.code;
}

describe('hostile keys at the boundary', () => {
  const samples = new Map(METHOD_NAMES.map((m) => [m, sampleInput(contract[m].input)]));

  it('finds a valid input for the methods, so poisoned inputs reach the handlers', () => {
    const covered = METHOD_NAMES.filter((m) => samples.get(m) !== undefined);
    console.info(
      `prototype pollution: valid samples for ${covered.length} of ${METHOD_NAMES.length} methods`,
    );
    expect(covered.length).toBeGreaterThanOrEqual(Math.ceil(METHOD_NAMES.length * 0.8));
  });

  it.each(METHOD_NAMES)('%s never pollutes a prototype and never throws', async (method) => {
    const { dispatch, internal } = await createBoundary();
    const sample = samples.get(method);
    const cleanCode = sample === undefined ? null : await callSafely(dispatch, method, clone(sample));
    const cleanInternal = internal.length;
    let calls = 0;
    for (const input of poisonedVariants(sample ?? {})) {
      const code = await callSafely(dispatch, method, input);
      calls++;
      expectNoPollution(`${method} with ${JSON.stringify(input)}`);
      if (code === 'internal' && cleanCode !== 'internal') {
        throw new Error(`${method}: a poisoned input crashed the handler: ${String(internal.at(-1))}`);
      }
    }
    const shape = contract[method].input;
    const fieldNames =
      'shape' in shape && typeof shape.shape === 'object' ? Object.keys(shape.shape ?? {}) : [];
    await fc.assert(
      fc.asyncProperty(hostileJson(fieldNames), async (input) => {
        const code = await callSafely(dispatch, method, input);
        calls++;
        expectNoPollution(`${method} with ${JSON.stringify(input)}`);
        expect(
          code === 'internal' && cleanCode !== 'internal',
          `${method}: crashed on ${JSON.stringify(input)}`,
        ).toBe(false);
      }),
      { numRuns: 25 },
    );
    expect(calls).toBeGreaterThan(WHOLE_INPUTS.length);
    if (cleanCode === 'internal') {
      // Not the poison's doing: the handler fails on a plain valid input too (or is not written yet).
      console.warn(`prototype pollution: ${method} fails on a valid input: ${String(internal[0])}`);
    } else {
      expect(internal.length - cleanInternal, `${method}: internal errors`).toBe(0);
    }
  });
});
