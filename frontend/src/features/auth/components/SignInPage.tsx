import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';

export default function SignInPage() {
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
