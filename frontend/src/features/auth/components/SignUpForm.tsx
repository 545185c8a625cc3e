import { PASSWORD_MIN_BYTES, USER_NAME_MAX, USERNAME_MAX, USERNAME_MIN } from '@huddle/contract';
import { TextField } from '../../../components/ui/TextField';
import { useSession } from '../../../lib/session';
import { useAuthForm } from '../hooks/useAuthForm';
import { AuthForm } from './AuthForm';
import { PasswordField } from './PasswordField';
import { UsernameField } from './UsernameField';

const FIELDS = ['name', 'username', 'password'] as const;

export function SignUpForm() {
  const { signUp } = useSession();
  const { field, onSubmit, pending, formError } = useAuthForm(
    FIELDS,
    ({ name, username, password }) => ({
      ...(name.trim() ? {} : { name: 'Enter your name.' }),
      ...(username.trim() ? {} : { username: 'Choose a username.' }),
      ...(password.length >= PASSWORD_MIN_BYTES
        ? {}
        : { password: password ? 'That password is too short.' : 'Choose a password.' }),
    }),
    ({ name, username, password }) => signUp(name.trim(), username.trim(), password),
  );

  return (
    <AuthForm
      label="Create account"
      pendingLabel="Creating account…"
      pending={pending}
      formError={formError}
      onSubmit={onSubmit}
    >
      <TextField
        {...field('name')}
        label="Name"
        hint="Shown to others in meetings."
        autoComplete="name"
        maxLength={USER_NAME_MAX}
        required
      />
      <UsernameField
        {...field('username')}
        hint={`${USERNAME_MIN} to ${USERNAME_MAX} letters, digits, dots, dashes or underscores.`}
        required
      />
      <PasswordField
        {...field('password')}
        label="Password"
        hint={`At least ${PASSWORD_MIN_BYTES} characters.`}
        autoComplete="new-password"
        required
      />
    </AuthForm>
  );
}
