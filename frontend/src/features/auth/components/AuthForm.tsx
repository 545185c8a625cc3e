import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import styles from './AuthForm.module.css';

export interface AuthFormProps {
  /** Names the form and its submit button. */
  label: string;
  pendingLabel: string;
  pending: boolean;
  formError: string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** The frame of sign-in and sign-up: a form-level error, the fields, and one submit button. */
export function AuthForm({
  label,
  pendingLabel,
  pending,
  formError,
  onSubmit,
  children,
}: AuthFormProps) {
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={label}>
      {formError && <Alert tone="error">{formError}</Alert>}
      {children}
      <Button type="submit" size="lg" fullWidth loading={pending} className={styles.submit}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
