import type { ReactNode } from 'react';
import { Card } from '../../../components/ui/Card';
import styles from './StatusScreen.module.css';

export interface StatusScreenProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  testId?: string;
}

/** A full-page status screen instead of the call: a meeting that does not exist, one you left, one that failed. */
export function StatusScreen({ icon, title, children, actions, testId }: StatusScreenProps) {
  return (
    <div className={styles.page} data-testid={testId}>
      <Card as="section" padding="lg" className={styles.card}>
        {icon && (
          <div className={styles.icon} aria-hidden="true">
            {icon}
          </div>
        )}
        <h1 className={styles.title}>{title}</h1>
        {children && <div className={styles.text}>{children}</div>}
        {actions && <div className={styles.actions}>{actions}</div>}
      </Card>
    </div>
  );
}
