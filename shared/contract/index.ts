import type { z } from 'zod';
import { appMethods } from './app-methods';
import { archiveMethods } from './archive-methods';
import { budgetMethods } from './budget-methods';
import { captureMethods } from './capture-methods';
import { centralMethods } from './central-methods';
import type { MethodSpec } from './define';
import { officeMethods } from './office-methods';
import type { Result } from './result';
import { returnsMethods } from './returns-methods';

export * from './app-methods';
export * from './archive-methods';
export * from './budget-methods';
export * from './capture-methods';
export * from './central-methods';
export * from './office-methods';
export * from './result';
export * from './returns-methods';

/** Every main-side method, declared once. Channel names are these keys and appear nowhere else. */
export const contract = {
  ...appMethods,
  ...officeMethods,
  ...captureMethods,
  ...returnsMethods,
  ...centralMethods,
  ...budgetMethods,
  ...archiveMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = Contract[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** True when a string names a declared method (guards the preload and the browser transport). */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Push events from main to the renderer and their payloads. */
export interface EventMap {
  progress: { task: string; done: number; total: number; label: string };
  'app:changed': { reason: string };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['progress', 'app:changed'];

/** The object the preload (or the browser transport) exposes to the renderer as `api`. */
export interface Bridge {
  invoke<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<OutputOf<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** The single IPC channel prefix for events; methods use their own names as channels. */
export const EVENT_CHANNEL_PREFIX = 'event:';
