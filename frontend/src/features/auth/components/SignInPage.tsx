import { Link, Navigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useSession } from '../../../lib/session';
import { useNextPath } from '../hooks/useNextPath';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';

export default function SignInPage() {
  useDocumentTitle('Sign in');
  const { status } = useSession();
  const next = useNextPath();
  const [params] = useSearchParams();

  if (status === 'signedIn') return <Navigate to={next} replace />;

  const signUpLink = params.has('next') ? `/signup?${new URLSearchParams({ next })}` : '/signup';
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Sign in to start meetings and see your history."
      footer={
        <>
          New to Huddle? <Link to={signUpLink}>Create an account</Link>
        </>
      }
    >
      <SignInForm />
    </AuthCard>
  );
}
