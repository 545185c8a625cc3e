import { useSession } from '../../../lib/session';
import { useAuthForm } from '../hooks/useAuthForm';
import { AuthForm } from './AuthForm';
import { PasswordField } from './PasswordField';
import { UsernameField } from './UsernameField';

const FIELDS = ['username', 'password'] as const;

export function SignInForm() {
  const { signIn } = useSession();
  const { field, onSubmit, pending, formError } = useAuthForm(
    FIELDS,
    ({ username, password }) => ({
      ...(username.trim() ? {} : { username: 'Enter your username.' }),
      ...(password ? {} : { password: 'Enter your password.' }),
    }),
    ({ username, password }) => signIn(username.trim(), password),
  );

  return (
    <AuthForm
      label="Sign in"
      pendingLabel="Signing in…"
      pending={pending}
      formError={formError}
      onSubmit={onSubmit}
    >
      <UsernameField {...field('username')} required />
      <PasswordField
        {...field('password')}
        label="Password"
        autoComplete="current-password"
        required
      />
    </AuthForm>
  );
}
