import { AuthCard } from '../../features/auth/components/AuthCard';
import { SignUpForm } from '../../features/auth/components/SignUpForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function SignUpRoute() {
  useDocumentTitle('Create account');
  return (
    <AuthCard
      title="Create your account"
      subtitle="Start meetings, share a link, and keep a history of the calls you joined."
      switchTo="signin"
    >
      <SignUpForm />
    </AuthCard>
  );
}
