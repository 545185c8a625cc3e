import type { ReactNode } from 'react';
import { cx } from '../../../../lib/cx';
import styles from './MenuButton.module.css';

export interface MenuItemProps {
  icon?: ReactNode;
  children: ReactNode;
  onSelect: () => void;
  danger?: boolean;
}

/** One action in a MenuButton's menu. */
export function MenuItem({ icon, children, onSelect, danger = false }: MenuItemProps) {
  return (
    <button type="button" className={cx(styles.item, danger && styles.danger)} onClick={onSelect}>
      {icon && <span aria-hidden="true">{icon}</span>}
      {children}
    </button>
  );
}
