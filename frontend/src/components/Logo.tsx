import { Link } from 'react-router';
import { paths } from '../config/paths';
import styles from './Logo.module.css';

function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill="var(--color-primary)" />
      <path
        d="M8 12a3 3 0 0 1 3-3h7a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-7a3 3 0 0 1-3-3z"
        fill="var(--color-primary-text)"
      />
      <path d="m21 14 4-2.5v9L21 18z" fill="var(--color-primary-text)" />
    </svg>
  );
}

export function Logo({ to = paths.landing }: { to?: string }) {
  return (
    <Link to={to} className={styles.logo} aria-label="Huddle home">
      <LogoMark className={styles.mark} />
      <span aria-hidden="true">Huddle</span>
    </Link>
  );
}
