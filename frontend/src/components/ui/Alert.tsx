import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../../lib/cx';
import styles from './Alert.module.css';

export type AlertTone = 'error' | 'warning' | 'info' | 'success';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: AlertTone;
  title?: ReactNode;
  /** A control shown at the end, e.g. a Retry button. */
  action?: ReactNode;
}

const icons = { error: CircleAlert, warning: TriangleAlert, info: Info, success: CircleCheck };

/** Errors and warnings interrupt (role=alert); info and success are polite (role=status). */
export function Alert({ tone = 'info', title, action, className, children, ...rest }: AlertProps) {
  const Icon = icons[tone];
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      role={urgent ? 'alert' : 'status'}
      {...rest}
      className={cx(styles.alert, styles[tone], className)}
    >
      <Icon className={styles.icon} aria-hidden="true" />
      <div className={styles.body}>
        {title && <p className={styles.title}>{title}</p>}
        {children}
      </div>
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
