import type { Ref } from 'react';
import { Link, type LinkProps } from 'react-router';
import { buttonClassName, type ButtonStyleOptions } from './Button';

export interface ButtonLinkProps extends LinkProps, ButtonStyleOptions {
  ref?: Ref<HTMLAnchorElement>;
}

/** A router link that looks like a Button, for navigation that should read as an action. */
export function ButtonLink({ variant, size, fullWidth, className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={buttonClassName({ variant, size, fullWidth, className })} />;
}
