import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/TextField';
import { useSession } from '../../../lib/session';
import { useAuthForm } from '../hooks/useAuthForm';
import styles from './AuthForm.module.css';
import { PasswordField } from './PasswordField';

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
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Sign in">
      {formError && <Alert tone="error">{formError}</Alert>}
      <TextField
        {...field('username')}
        label="Username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <PasswordField
        {...field('password')}
        label="Password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" size="lg" fullWidth loading={pending} className={styles.submit}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
