import { z } from 'zod';

/** Leaf values tried in turn until the schema accepts one: enough for the shapes the contract uses. */
const STRING_CANDIDATES = [
  'x',
  '',
  'ws-1',
  '测试单位',
  '115203000000000001',
  '2026',
  '2026-01-01',
  '2026H1',
  '00000000-0000-4000-8000-000000000000',
  'office.xlsx',
  '0'.repeat(64),
];
const NUMBER_CANDIDATES = [1, 0, 2026, 10, 100, -1, 0.5];
const MAX_DEPTH = 8;

/**
 * Builds a value the schema accepts, without knowing the method: objects from their shape, the
 * first enum option or literal, leaves from a list of candidates. Returns undefined when it cannot.
 */
export function sampleInput(schema: z.ZodType): unknown {
  const value = sample(schema, 0);
  return schema.safeParse(value).success ? value : undefined;
}

function sample(schema: z.ZodType, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const next = depth + 1;
  if (schema instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape)) {
      // Shape values are zod schemas by construction.
      const value = sample(field as z.ZodType, next);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return sample(schema.unwrap() as z.ZodType, next);
  }
  if (schema instanceof z.ZodReadonly || schema instanceof z.ZodCatch || schema instanceof z.ZodPrefault) {
    return sample(schema.def.innerType as z.ZodType, next);
  }
  if (schema instanceof z.ZodLazy) return sample(schema.unwrap() as z.ZodType, next);
  if (schema instanceof z.ZodPipe) return sample(schema.in as z.ZodType, next);
  if (schema instanceof z.ZodArray) {
    const item = sample(schema.element as z.ZodType, next);
    return item === undefined ? [] : [item];
  }
  if (schema instanceof z.ZodTuple) return schema.def.items.map((item) => sample(item as z.ZodType, next));
  if (schema instanceof z.ZodRecord) {
    const key = firstAccepted(schema.keyType as z.ZodType, STRING_CANDIDATES);
    const value = sample(schema.valueType as z.ZodType, next);
    return key === undefined || value === undefined ? {} : { [String(key)]: value };
  }
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) {
      const value = sample(option as z.ZodType, next);
      if (value !== undefined && (option as z.ZodType).safeParse(value).success) return value;
    }
    return undefined;
  }
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodLiteral) return [...schema.values][0];
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodNull) return null;
  if (schema instanceof z.ZodNumber) return firstAccepted(schema, NUMBER_CANDIDATES);
  if (schema instanceof z.ZodString) return firstAccepted(schema, STRING_CANDIDATES);
  if (schema instanceof z.ZodDate) return new Date(Date.UTC(2026, 0, 1));
  return firstAccepted(schema, [...STRING_CANDIDATES, ...NUMBER_CANDIDATES, false, null, {}, []]);
}

function firstAccepted(schema: z.ZodType, candidates: readonly unknown[]): unknown {
  return candidates.find((c) => schema.safeParse(c).success);
}
