import type { Message } from '../i18n';

/** Error codes a handler may return; the message says the rest in the user's language. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'forbidden_sender'
  | 'not_found'
  | 'conflict'
  | 'busy'
  | 'io_error'
  | 'bad_file'
  | 'cancelled'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: Message;
  /** Field-level details for forms, e.g. [{path: 'code', message}]. */
  details?: Array<{ path: string; message: Message }>;
}

/** What every main-side method returns: never a thrown error across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed result from a code and a catalog message. */
export function fail<T = never>(code: ErrorCode, message: Message, details?: ApiError['details']): Result<T> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/** A handler-side error that carries its code and message to the boundary. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Message,
    readonly details?: ApiError['details'],
  ) {
    super(userMessage.key);
  }
}
