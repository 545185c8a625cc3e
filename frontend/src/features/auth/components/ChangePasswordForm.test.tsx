import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getAuthState, setAuthState } from '../../../lib/authStore';
import { jsonResponse, renderWithSession } from '../../../test/renderWithSession';
import { ChangePasswordForm } from './ChangePasswordForm';

const user = { id: 'u1', name: 'Ada Lovelace', username: 'ada' };

const NEW = 'a brand new passphrase';
const session = { accessToken: 'old-token', expiresIn: 900, user };

afterEach(() => setAuthState(null));

/** The form on a signed-in page; `handler` answers everything but the session's refresh. */
function renderSignedIn(handler: Parameters<typeof renderWithSession>[1]) {
  return renderWithSession(<ChangePasswordForm />, handler, '/account', session);
}

async function fillAndSubmit(
  events: ReturnType<typeof renderWithSession>['user'],
  { current = 'correct horse', confirm = NEW }: { current?: string; confirm?: string } = {},
) {
  await waitFor(() => expect(getAuthState()?.accessToken).toBe('old-token'));
  await events.type(screen.getByLabelText('Current password'), current);
  await events.type(screen.getByLabelText('New password'), NEW);
  await events.type(screen.getByLabelText('Confirm new password'), confirm);
  await events.click(screen.getByRole('button', { name: 'Change password' }));
}

const callsTo = (fetchMock: ReturnType<typeof renderWithSession>['fetchMock'], path: string) =>
  fetchMock.mock.calls.filter(([url]) => String(url).endsWith(path));

describe('ChangePasswordForm', () => {
  it('when the current password is wrong, then it says so beside that field, once, without refreshing the session', async () => {
    const { user: events, fetchMock } = renderSignedIn(() =>
      jsonResponse(401, {
        error: { code: 'INVALID_CREDENTIALS', message: 'The username or password is incorrect.' },
      }),
    );

    await fillAndSubmit(events);

    const current = await screen.findByLabelText('Current password');
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'));
    expect(current).toHaveAccessibleDescription(
      expect.stringContaining('That is not your current password.'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(callsTo(fetchMock, '/auth/password')).toHaveLength(1);
    expect(getAuthState()?.accessToken).toBe('old-token');
  });

  it('when the API refuses the new password, then its message is shown beside the new password', async () => {
    const { user: events } = renderSignedIn(() =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          details: [{ path: 'newPassword', message: 'Passwords can have at most 72 bytes.' }],
        },
      }),
    );

    await fillAndSubmit(events);

    const next = await screen.findByLabelText('New password');
    await waitFor(() => expect(next).toHaveAttribute('aria-invalid', 'true'));
    expect(next).toHaveAccessibleDescription(
      expect.stringContaining('Passwords can have at most 72 bytes.'),
    );
  });

  it('when the two new passwords differ, then nothing is sent and the confirmation says why', async () => {
    const { user: events, fetchMock } = renderSignedIn(() => jsonResponse(500, {}));

    await fillAndSubmit(events, { confirm: 'something else entirely' });

    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      expect.stringContaining('do not match'),
    );
    expect(callsTo(fetchMock, '/auth/password')).toHaveLength(0);
  });

  it('when the change succeeds, then it sends both passwords with the token, keeps the new token, empties the fields and confirms', async () => {
    const { user: events, fetchMock } = renderSignedIn(() =>
      jsonResponse(200, { accessToken: 'new-token', expiresIn: 900, user }),
    );

    await fillAndSubmit(events);

    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed.');
    const [call] = callsTo(fetchMock, '/auth/password');
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({
      currentPassword: 'correct horse',
      newPassword: 'a brand new passphrase',
    });
    expect(new Headers(call?.[1]?.headers).get('Authorization')).toBe('Bearer old-token');
    expect(getAuthState()?.accessToken).toBe('new-token');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });
});
