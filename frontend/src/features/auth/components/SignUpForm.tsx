import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/TextField';
import { useSession } from '../../../lib/session';
import { useAuthForm } from '../hooks/useAuthForm';
import styles from './AuthForm.module.css';
import { PasswordField } from './PasswordField';

const FIELDS = ['name', 'username', 'password'] as const;
const PASSWORD_MIN = 8;

export function SignUpForm() {
  const { signUp } = useSession();
  const { field, onSubmit, pending, formError } = useAuthForm(
    FIELDS,
    ({ name, username, password }) => ({
      ...(name.trim() ? {} : { name: 'Enter your name.' }),
      ...(username.trim() ? {} : { username: 'Choose a username.' }),
      ...(password.length >= PASSWORD_MIN
        ? {}
        : { password: password ? 'That password is too short.' : 'Choose a password.' }),
    }),
    ({ name, username, password }) => signUp(name.trim(), username.trim(), password),
  );

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Create account">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField
        {...field('name')}
        label="Name"
        hint="Shown to others in meetings."
        autoComplete="name"
        maxLength={80}
        required
      />
      <TextField
        {...field('username')}
        label="Username"
        hint="3 to 32 letters, digits, dots, dashes or underscores."
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <PasswordField
        {...field('password')}
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        required
      />
      <Button type="submit" size="lg" fullWidth loading={pending} className={styles.submit}>
        {pending ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
