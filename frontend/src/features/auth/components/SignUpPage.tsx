import { Link, Navigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useSession } from '../../../lib/session';
import { useNextPath } from '../hooks/useNextPath';
import { AuthCard } from './AuthCard';
import { SignUpForm } from './SignUpForm';

export default function SignUpPage() {
  useDocumentTitle('Create account');
  const { status } = useSession();
  const next = useNextPath();
  const [params] = useSearchParams();

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const signInLink = params.has('next') ? `/signin?${new URLSearchParams({ next })}` : '/signin';
  return (
    <AuthCard
      title="Create your account"
      subtitle="Start meetings, share a link, and keep a history of the calls you joined."
      footer={
        <>
          Already have an account? <Link to={signInLink}>Sign in</Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
