import { cx } from '../../lib/cx';
import styles from './Spinner.module.css';
import { VisuallyHidden } from './VisuallyHidden';

export interface SpinnerProps {
  /** When given, the spinner is announced (role=status); otherwise it is decorative. */
  label?: string;
  size?: 'inline' | 'md' | 'lg';
  className?: string;
}

export function Spinner({ label, size = 'md', className }: SpinnerProps) {
  const classes = cx(styles.spinner, size !== 'md' && styles[size], className);
  if (!label) return <span aria-hidden="true" className={classes} />;
  return (
    <span role="status">
      <span aria-hidden="true" className={classes} />
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
  );
}
