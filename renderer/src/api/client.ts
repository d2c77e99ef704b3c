import type {
  ApiError,
  EventMap,
  EventName,
  InputOf,
  MethodName,
  OutputOf,
  Result,
} from '../../../shared/contract';

/** A failed call, carrying the main side's error for the UI to show. */
export class CallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message.key);
  }
}

function bridge() {
  const api = window.api;
  if (!api) throw new CallError({ code: 'internal', message: { key: 'errors:api.offline' } });
  return api;
}

/** Calls a main-side method and returns its Result as is. */
export function invoke<K extends MethodName>(method: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  return bridge().invoke(method, input);
}

/** Calls a main-side method; resolves with its value or rejects with a CallError. */
export async function call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

/** Subscribes to an event pushed by the main side. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return bridge().on(event, listener);
}
