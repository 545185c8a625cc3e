import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithSession } from '../../../test/renderWithSession';
import { SignInForm } from './SignInForm';

async function fillAndSubmit(user: ReturnType<typeof renderWithSession>['user']) {
  await user.type(screen.getByLabelText('Username'), 'ada');
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('when the API rejects fields, then each message is shown beside its field', async () => {
    const { user } = renderWithSession(<SignInForm />, () =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          details: [{ path: 'username', message: 'Usernames use letters, digits and _.' }],
        },
      }),
    );

    await fillAndSubmit(user);

    const username = await screen.findByLabelText('Username');
    expect(username).toHaveAccessibleDescription('Usernames use letters, digits and _.');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveFocus();
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('when the credentials are wrong, then a form-level message says so', async () => {
    const { user } = renderWithSession(<SignInForm />, () =>
      jsonResponse(401, {
        error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' },
      }),
    );

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
  });

  it('when sign-in is rate limited, then the message says when to try again', async () => {
    const { user } = renderWithSession(<SignInForm />, () =>
      jsonResponse(
        429,
        { error: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests.' } },
        { 'Retry-After': '120' },
      ),
    );

    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 2 minutes.',
    );
  });

  it('when the request is pending, then submit is disabled and a second submit sends nothing', async () => {
    const { user, fetchMock } = renderWithSession(
      <SignInForm />,
      () => new Promise<Response>(() => {}),
    );

    await fillAndSubmit(user);

    const button = screen.getByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.type(screen.getByLabelText('Password'), '{Enter}');
    const logins = fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/auth/login'));
    expect(logins).toHaveLength(1);
  });

  it('when fields are empty, then it asks for them without calling the API', async () => {
    const { user, fetchMock } = renderWithSession(<SignInForm />, () => jsonResponse(200, {}));

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/auth/login'))).toBe(false);
  });
});
