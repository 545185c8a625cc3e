import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { AuthCard } from './AuthCard';
import { SignUpForm } from './SignUpForm';

export default function SignUpPage() {
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
