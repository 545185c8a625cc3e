import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithSession } from '../../test/renderWithSession';
import { AppRoutes } from './AppRoutes';

// Pages are lazy chunks; on a busy machine their first import can take a few seconds.
const slow = { timeout: 8000 };

const user = { id: 'u1', name: 'Ada Lovelace', username: 'ada' };

describe('AppRoutes', () => {
  it('when a signed-out visitor opens a private page, then sign-in brings them back to it', async () => {
    const { user: events } = renderWithSession(
      <AppRoutes />,
      (url) =>
        url.endsWith('/auth/login')
          ? jsonResponse(200, { accessToken: 'token', expiresIn: 900, user })
          : jsonResponse(200, { items: [], nextCursor: null }),
      '/history',
    );

    await events.type(await screen.findByLabelText('Username', { exact: true }, slow), 'ada');
    await events.type(screen.getByLabelText('Password', { exact: true }), 'correct horse');
    await events.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { name: 'Meeting history' }, slow),
    ).toBeInTheDocument();
    expect(document.title).toBe('History · Huddle');
  });

  it('when the path is unknown, then the not-found page says so', async () => {
    renderWithSession(<AppRoutes />, () => jsonResponse(404, {}), '/nope');

    expect(
      await screen.findByRole('heading', { name: 'We could not find that page' }, slow),
    ).toBeInTheDocument();
  });
});
