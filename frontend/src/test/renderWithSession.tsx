import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuthResult } from '@huddle/contract';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/providers/AppProviders';

export type FetchHandler = (url: string, init?: RequestInit) => Promise<Response> | Response;

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const signedOut = () =>
  jsonResponse(401, { error: { code: 'UNAUTHORIZED', message: 'No session.' } });

/**
 * Renders with the real providers (session, queries) and router; only `fetch` is stubbed. The session's start-up
 * refresh answers 401 (signed out), or signs in with `session` when one is given.
 */
export function renderWithSession(
  ui: ReactElement,
  handler: FetchHandler,
  path = '/',
  session?: AuthResult,
) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/auth/refresh')) {
      return Promise.resolve(session ? jsonResponse(200, session) : signedOut());
    }
    return Promise.resolve(handler(url, init));
  });
  vi.stubGlobal('fetch', fetchMock);
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders>{ui}</AppProviders>
    </MemoryRouter>,
  );
  return { ...view, user, fetchMock };
}
