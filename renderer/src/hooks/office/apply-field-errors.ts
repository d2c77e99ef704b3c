import { CallError } from '../../api/client';
import { renderMessage } from '../../i18n';

/** The part of an antd form instance this needs, for a form whose top-level fields include F. */
export interface FieldErrorTarget<F extends string> {
  setFields: (fields: { name: F; errors: string[] }[]) => void;
}

/**
 * Puts a failed call's field messages next to the fields (e.g. a duplicate asset number); returns
 * false when the error named no field of this form, so the caller shows it as a message instead.
 */
export function applyFieldErrors<F extends string>(
  form: FieldErrorTarget<F>,
  error: unknown,
  fields: readonly F[],
): boolean {
  if (!(error instanceof CallError) || !error.error.details) return false;
  const known: { name: F; errors: string[] }[] = [];
  for (const detail of error.error.details) {
    const field = fields.find((f) => f === detail.path);
    if (field !== undefined) known.push({ name: field, errors: [renderMessage(detail.message)] });
  }
  if (known.length === 0) return false;
  form.setFields(known);
  return true;
}
