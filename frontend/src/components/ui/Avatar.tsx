import type { CSSProperties } from 'react';
import { cx } from '../../lib/cx';
import styles from './Avatar.module.css';

export interface AvatarProps {
  name: string;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  /** Decorative when the name is already shown next to it (the default). */
  decorative?: boolean;
  className?: string;
}

const palette = ['#1a5fd6', '#0f7b6c', '#8e44ad', '#c0392b', '#a85a0a', '#2c6e49', '#5b4bc4'];

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function colorOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return palette[Math.abs(hash) % palette.length] ?? palette[0]!;
}

export function Avatar({ name, size = 'md', decorative = true, className }: AvatarProps) {
  const style = { '--avatar-bg': colorOf(name) } as CSSProperties;
  return (
    <span
      className={cx(styles.avatar, size !== 'md' && styles[size], className)}
      style={style}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {initialsOf(name)}
    </span>
  );
}
