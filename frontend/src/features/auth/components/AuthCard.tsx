import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { Card } from '../../../components/ui/Card';
import { signInPath, signUpPath } from '../../../config/paths';
import { useNextPath } from '../hooks/useNextPath';
import styles from './AuthCard.module.css';

const switchLinks = {
  signin: { prompt: 'Already have an account?', label: 'Sign in', path: signInPath },
  signup: { prompt: 'New to Huddle?', label: 'Create an account', path: signUpPath },
};

export interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  /** The other auth page, linked in the footer; it keeps the `next` path to return to. */
  switchTo: keyof typeof switchLinks;
  children: ReactNode;
}

export function AuthCard({ title, subtitle, switchTo, children }: AuthCardProps) {
  const [params] = useSearchParams();
  const next = useNextPath();
  const { prompt, label, path } = switchLinks[switchTo];

  return (
    <div className={styles.page}>
      <Card as="section" padding="lg" className={styles.card} aria-labelledby="auth-title">
        <PageHeading id="auth-title" title={title} subtitle={subtitle} />
        {children}
        <div className={styles.footer}>
          {prompt} <Link to={path(params.has('next') ? next : null)}>{label}</Link>
        </div>
      </Card>
    </div>
  );
}
