import { ApiFailure, contract, fail, isMethodName, ok, type Result } from '../../../shared/contract';
import { appHandlers } from './app-handlers';
import { archiveHandlers } from './archive-handlers';
import { budgetHandlers } from './budget-handlers';
import { captureHandlers } from './capture-handlers';
import { centralHandlers } from './central-handlers';
import { officeHandlers } from './office-handlers';
import { returnsHandlers } from './returns-handlers';
import type { HandlerContext, Handlers } from './types';

/** Every method's handler; a missing one is a type error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...officeHandlers,
  ...captureHandlers,
  ...returnsHandlers,
  ...centralHandlers,
  ...budgetHandlers,
  ...archiveHandlers,
};

/**
 * The one entry point for both transports: checks the method name, validates the input with the
 * contract's schema, runs the handler one call at a time and turns every outcome into a Result.
 */
export function createDispatcher(ctx: HandlerContext, log: (error: unknown) => void = console.error) {
  let queue: Promise<unknown> = Promise.resolve();
  return async function dispatch(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) return fail('unknown_method', { key: 'errors:api.unknownMethod' });
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: { key: 'errors:api.invalidField', params: { field: issue.path.join('.') } },
      }));
      return fail('invalid_input', { key: 'errors:api.invalidInput' }, details);
    }
    const run = async (): Promise<Result<unknown>> => {
      try {
        // The schema for `method` produced `parsed.data`, so it is this handler's input type.
        const handler = handlers[method] as (i: unknown, c: HandlerContext) => Promise<unknown>;
        return ok(await handler(parsed.data, ctx));
      } catch (error) {
        if (error instanceof ApiFailure) return fail(error.code, error.userMessage, error.details);
        log(error);
        return fail('internal', { key: 'errors:api.internal' });
      }
    };
    // Calls run one after another so two actions never interleave their store writes.
    const result = queue.then(run, run);
    queue = result;
    return result;
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
