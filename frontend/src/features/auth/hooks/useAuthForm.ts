import { useRef, useState, type FormEvent } from 'react';
import { toFormErrors, type FieldErrors } from '../../../lib/formErrors';

export type Validate<Field extends string> = (values: Record<Field, string>) => FieldErrors<Field>;

/**
 * Form state shared by sign-in and sign-up: values, client-side checks, the pending flag,
 * API errors split per field, and focus moved to the first invalid field on failure.
 */
export function useAuthForm<Field extends string>(
  fieldNames: readonly Field[],
  validate: Validate<Field>,
  submit: (values: Record<Field, string>) => Promise<unknown>,
  /** Empties every field after a success, for a form that stays on screen. */
  { resetOnSuccess = false } = {},
) {
  const empty = () =>
    Object.fromEntries(fieldNames.map((name) => [name, ''])) as Record<Field, string>;
  const [values, setValues] = useState(empty);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputs = useRef(new Map<Field, HTMLInputElement | null>());

  const focusFirstInvalid = (errors: FieldErrors<Field>) => {
    const first = fieldNames.find((name) => errors[name]);
    if (first) inputs.current.get(first)?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const clientErrors = validate(values);
    setFieldErrors(clientErrors);
    setFormError(null);
    if (Object.keys(clientErrors).length > 0) {
      focusFirstInvalid(clientErrors);
      return;
    }
    setPending(true);
    try {
      await submit(values);
      if (resetOnSuccess) setValues(empty());
    } catch (error) {
      const { fields, form } = toFormErrors(error, fieldNames);
      setFieldErrors(fields);
      setFormError(form);
      focusFirstInvalid(fields);
    } finally {
      setPending(false);
    }
  };

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: fieldErrors[name] ?? null,
    ref: (element: HTMLInputElement | null) => {
      inputs.current.set(name, element);
    },
    onChange: (event: { target: { value: string } }) => {
      const { value } = event.target;
      setValues((previous) => ({ ...previous, [name]: value }));
      if (fieldErrors[name]) setFieldErrors((previous) => ({ ...previous, [name]: undefined }));
    },
  });

  return { field, onSubmit, pending, formError };
}
