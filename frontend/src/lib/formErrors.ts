import { asApiError } from './apiError';
import { formatWait } from './format';

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export interface FormErrors<Field extends string> {
  fields: FieldErrors<Field>;
  form: string | null;
}

/**
 * Splits an API failure into messages beside their fields (from `details`, matched on the
 * last segment of their path, and USERNAME_TAKEN) and one form-level message for the rest.
 */
export function toFormErrors<Field extends string>(
  caught: unknown,
  fieldNames: readonly Field[],
): FormErrors<Field> {
  const error = asApiError(caught, 'Something went wrong. Please try again.');

  if (error.code === 'USERNAME_TAKEN' && fieldNames.includes('username' as Field)) {
    return { fields: { username: error.message } as FieldErrors<Field>, form: null };
  }

  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    const form =
      wait === undefined
        ? error.message
        : `Too many attempts. Try again in ${formatWait(Math.max(1, wait))}.`;
    return { fields: {}, form };
  }

  const fields: FieldErrors<Field> = {};
  const unmatched: string[] = [];
  for (const detail of error.details ?? []) {
    const field = fieldNames.find((name) => detail.path.split('.').at(-1) === name);
    if (field && !fields[field]) fields[field] = detail.message;
    else if (!field) unmatched.push(detail.message);
  }

  const hasFieldErrors = Object.keys(fields).length > 0;
  const form = unmatched.length > 0 ? unmatched.join(' ') : hasFieldErrors ? null : error.message;
  return { fields, form };
}
