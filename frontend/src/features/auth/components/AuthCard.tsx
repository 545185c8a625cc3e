import type { ReactNode } from 'react';
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
        <div className={styles.head}>
          <h1 id="auth-title" className={styles.title}>
            {title}
          </h1>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        </div>
        {children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </Card>
    </div>
  );
}
