import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/PageHeading';
import { Card } from '../../../components/ui/Card';
import styles from './AuthCard.module.css';

export interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

export function AuthCard({ title, subtitle, footer, children }: AuthCardProps) {
  return (
    <div className={styles.page}>
      <Card as="section" padding="lg" className={styles.card} aria-labelledby="auth-title">
        <PageHeading id="auth-title" title={title} subtitle={subtitle} />
        {children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </Card>
    </div>
  );
}
