import type { ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';
import { ButtonIcon, buttonClassName, type ButtonStyleOptions } from './Button';

export interface ButtonLinkProps extends LinkProps, ButtonStyleOptions {
  /** An icon before the label, sized to the text. */
  leadingIcon?: ReactNode;
  ref?: Ref<HTMLAnchorElement>;
}

/** A router link that looks like a Button, for navigation that should read as an action. */
export function ButtonLink({
  variant,
  size,
  fullWidth,
  className,
  leadingIcon,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link {...rest} className={buttonClassName({ variant, size, fullWidth, className })}>
      {leadingIcon && <ButtonIcon icon={leadingIcon} />}
      {children}
    </Link>
  );
}
