import { createElement, type HTMLAttributes } from 'react';
import styles from './Card.module.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'li';
  padding?: 'none' | 'md' | 'lg';
}

const paddingClass = { none: styles.padNone, md: styles.padMd, lg: styles.padLg };

export function Card({ as = 'div', padding = 'md', className, ...rest }: CardProps) {
  const classes = [styles.card, paddingClass[padding], className].filter(Boolean).join(' ');
  return createElement(as, { ...rest, className: classes });
}
