import type { z } from 'zod';

/** One main-side method: its input schema and (phantom) output type. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time; carries the output type for the typed client. */
  output: O;
}

/** Declares a method; the output type is given as a type argument. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as unknown as O });
}

/** Declares a push event from main to the renderer with its payload type. */
export function event<P>(): { payload: P } {
  return { payload: undefined as unknown as P };
}
