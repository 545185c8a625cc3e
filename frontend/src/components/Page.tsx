import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import styles from './Page.module.css';

export interface PageProps {
  /** `narrow` suits a single column such as a list; `wide` fits cards side by side. */
  width?: 'wide' | 'narrow';
  children: ReactNode;
}

/** The centred, padded column a signed-in page's content sits in. */
export function Page({ width = 'wide', children }: PageProps) {
  return <div className={cx(styles.page, styles[width])}>{children}</div>;
}
