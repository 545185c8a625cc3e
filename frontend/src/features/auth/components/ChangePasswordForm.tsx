import { PASSWORD_MIN_BYTES, passwordBytes } from '@huddle/contract';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { useAuthForm } from '../hooks/useAuthForm';
import { AuthForm } from './AuthForm';
import { PasswordField } from './PasswordField';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** A wrong current password belongs beside its field, not in the login's wording. */
function besideCurrentPassword(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_CREDENTIALS') return error;
  return new ApiError(error.status, error.code, error.message, [
    { path: 'currentPassword', message: 'That is not your current password.' },
  ]);
}

export function ChangePasswordForm() {
  const { changePassword } = useSession();
  const [changed, setChanged] = useState(false);
  const { field, onSubmit, pending, formError } = useAuthForm(
    FIELDS,
    ({ currentPassword, newPassword, confirmPassword }) => ({
      ...(currentPassword ? {} : { currentPassword: 'Enter your current password.' }),
      ...(passwordBytes(newPassword) >= PASSWORD_MIN_BYTES
        ? {}
        : { newPassword: newPassword ? 'That password is too short.' : 'Choose a new password.' }),
      ...(confirmPassword === newPassword
        ? {}
        : { confirmPassword: 'The two new passwords do not match.' }),
    }),
    async ({ currentPassword, newPassword }) => {
      setChanged(false);
      try {
        await changePassword(currentPassword, newPassword);
      } catch (error) {
        throw besideCurrentPassword(error);
      }
      setChanged(true);
    },
    { resetOnSuccess: true },
  );

  return (
    <AuthForm
      label="Change password"
      pendingLabel="Changing password…"
      pending={pending}
      formError={formError}
      onSubmit={onSubmit}
    >
      {changed && (
        <Alert tone="success">
          Your password was changed. Every other device was signed out; this one stays signed in.
        </Alert>
      )}
      <PasswordField
        {...field('currentPassword')}
        label="Current password"
        autoComplete="current-password"
        required
      />
      <PasswordField
        {...field('newPassword')}
        label="New password"
        hint={`At least ${PASSWORD_MIN_BYTES} characters. Other devices will be signed out.`}
        autoComplete="new-password"
        required
      />
      <PasswordField
        {...field('confirmPassword')}
        label="Confirm new password"
        autoComplete="new-password"
        required
      />
    </AuthForm>
  );
}
