import type { ReactNode } from 'react';
import { Alert } from './ui/Alert';
import { Button } from './ui/Button';

export interface RetryAlertProps {
  title: string;
  onRetry: () => void;
  children: ReactNode;
}

/** A failed load, said in an error Alert with a Retry button. */
export function RetryAlert({ title, onRetry, children }: RetryAlertProps) {
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <Button size="sm" variant="secondary" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
