import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAuthState } from '../../../lib/authStore';
import { jsonResponse, renderWithSession } from '../../../test/renderWithSession';
import { SignUpForm } from './SignUpForm';

const user = { id: 'u1', name: 'Ada Lovelace', username: 'ada' };

async function fillAndSubmit(events: ReturnType<typeof renderWithSession>['user']) {
  await events.type(screen.getByLabelText('Name'), 'Ada Lovelace');
  await events.type(screen.getByLabelText('Username'), 'ada');
  await events.type(screen.getByLabelText('Password'), 'correct horse');
  await events.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpForm', () => {
  it('when the API rejects several fields, then each message is shown beside its field', async () => {
    const { user: events } = renderWithSession(<SignUpForm />, () =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          details: [
            { path: 'name', message: 'Name is too long.' },
            { path: 'password', message: 'Password is too common.' },
          ],
        },
      }),
    );

    await fillAndSubmit(events);

    expect(await screen.findByLabelText('Name')).toHaveAccessibleDescription(
      expect.stringContaining('Name is too long.'),
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('Password is too common.'),
    );
    expect(screen.getByLabelText('Username')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('when the username is taken, then the message is shown beside the username', async () => {
    const { user: events } = renderWithSession(<SignUpForm />, () =>
      jsonResponse(409, {
        error: { code: 'USERNAME_TAKEN', message: 'That username is taken.' },
      }),
    );

    await fillAndSubmit(events);

    const username = await screen.findByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription(
      expect.stringContaining('That username is taken.'),
    );
  });

  it('when registration succeeds, then it signs in with the same credentials', async () => {
    const { user: events, fetchMock } = renderWithSession(<SignUpForm />, (url) =>
      url.endsWith('/auth/register')
        ? jsonResponse(201, { user })
        : jsonResponse(200, { accessToken: 'token', expiresIn: 900, user }),
    );

    await fillAndSubmit(events);

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create account' })).toBeEnabled(),
    );
    expect(getAuthState()?.user).toEqual(user);
    const login = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/auth/login'));
    expect(JSON.parse(String(login?.[1]?.body))).toEqual({
      username: 'ada',
      password: 'correct horse',
    });
  });

  it('when the request is pending, then submit is disabled', async () => {
    const { user: events } = renderWithSession(
      <SignUpForm />,
      () => new Promise<Response>(() => {}),
    );

    await fillAndSubmit(events);

    expect(screen.getByRole('button', { name: 'Creating account…' })).toBeDisabled();
  });

  it('when the password is short, then it says so before calling the API', async () => {
    const { user: events, fetchMock } = renderWithSession(<SignUpForm />, () =>
      jsonResponse(201, { user }),
    );

    await events.type(screen.getByLabelText('Name'), 'Ada');
    await events.type(screen.getByLabelText('Username'), 'ada');
    await events.type(screen.getByLabelText('Password'), 'short');
    await events.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      expect.stringContaining('That password is too short.'),
    );
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/auth/register'))).toBe(
      false,
    );
  });
});
