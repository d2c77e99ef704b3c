import type { MethodName, OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Host } from '../host';
import type { AppService } from '../services/app-service';

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  app: AppService;
  host: Host;
}

export type Handler<K extends MethodName> = (
  input: ParsedInputOf<K>,
  ctx: HandlerContext,
) => Promise<OutputOf<K>>;

/** A domain's handlers: a subset of the contract's methods. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };

export type Handlers = HandlerMap<MethodName>;
