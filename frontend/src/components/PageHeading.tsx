import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import styles from './PageHeading.module.css';

export interface PageHeadingProps {
  title: ReactNode;
  subtitle?: ReactNode;
  id?: string;
  className?: string;
}

/** The page's one h1, with an optional line under it: the same on every page. */
export function PageHeading({ title, subtitle, id, className }: PageHeadingProps) {
  return (
    <div className={cx(styles.heading, className)}>
      <h1 id={id} className={styles.title}>
        {title}
      </h1>
      {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
    </div>
  );
}
