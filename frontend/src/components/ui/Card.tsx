import { createElement, type HTMLAttributes } from 'react';
import { cx } from '../../lib/cx';
import styles from './Card.module.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'li';
  padding?: 'none' | 'md' | 'lg';
}

const paddingClass = { none: styles.padNone, md: styles.padMd, lg: styles.padLg };

export function Card({ as = 'div', padding = 'md', className, ...rest }: CardProps) {
  return createElement(as, {
    ...rest,
    className: cx(styles.card, paddingClass[padding], className),
  });
}
