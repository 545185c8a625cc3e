import { AuthCard } from '../../features/auth/components/AuthCard';
import { SignInForm } from '../../features/auth/components/SignInForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function SignInRoute() {
  useDocumentTitle('Sign in');
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Sign in to start meetings and see your history."
      switchTo="signup"
    >
      <SignInForm />
    </AuthCard>
  );
}
