import { createElement, type CSSProperties, type HTMLAttributes } from 'react';
import { cx } from '../../lib/cx';

/**
 * @deprecated Use the global `visuallyHidden` class (styles/global.css) or <VisuallyHidden>;
 * this is the same rule as an inline style, kept for existing callers.
 */
export const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  as?: 'span' | 'div' | 'p' | 'h2' | 'h3' | 'label';
}

/** Content for assistive technology only, with the global `visuallyHidden` class. */
export function VisuallyHidden({ as = 'span', className, ...rest }: VisuallyHiddenProps) {
  return createElement(as, { ...rest, className: cx('visuallyHidden', className) });
}
