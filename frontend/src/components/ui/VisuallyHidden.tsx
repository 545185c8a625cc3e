import { createElement, type HTMLAttributes } from 'react';
import { cx } from '../../lib/cx';

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  as?: 'span' | 'div' | 'p' | 'h2' | 'h3' | 'label';
}

/** Content for assistive technology only, with the global `visuallyHidden` class. */
export function VisuallyHidden({ as = 'span', className, ...rest }: VisuallyHiddenProps) {
  return createElement(as, { ...rest, className: cx('visuallyHidden', className) });
}
