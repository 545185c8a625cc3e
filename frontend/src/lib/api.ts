import type { AuthResult } from '@huddle/contract';
import { env } from '../config/env';
import { networkError, toApiError } from './apiError';
import { getAuthState, setAuthState } from './authStore';

export { ApiError } from './apiError';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Attach the access token and refresh once on a 401. Defaults to true. */
  auth?: boolean;
}

/**
 * Calls the REST API. `path` is relative to the API base, `/api/v1` by default (`/meetings`).
 * Resolves with the parsed JSON (undefined for 204) and rejects with an ApiError; an aborted
 * request rejects with the signal's AbortError unchanged.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const { auth = true } = options;
  if (auth && refreshInFlight) await refreshInFlight.catch(() => null);

  const tokenUsed = auth ? (getAuthState()?.accessToken ?? null) : null;
  let response = await send(path, options, tokenUsed);

  // A wrong current password (INVALID_CREDENTIALS) is an answer, not an expired token.
  if (response.status === 401 && auth && (await errorCodeOf(response)) !== 'INVALID_CREDENTIALS') {
    const token = await tokenAfterRefresh(tokenUsed);
    if (token) response = await send(path, options, token);
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => undefined)) as T;
}

async function errorCodeOf(response: Response): Promise<unknown> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code;
}

async function tokenAfterRefresh(tokenUsed: string | null): Promise<string | null> {
  // Another caller may have refreshed while this request was in flight: reuse its token.
  const current = getAuthState()?.accessToken ?? null;
  if (current && current !== tokenUsed) return current;
  try {
    return (await refreshSession())?.accessToken ?? null;
  } catch {
    return null;
  }
}

let refreshInFlight: Promise<AuthResult | null> | null = null;

/**
 * Exchanges the HttpOnly refresh cookie for a new access token. Single-flight: concurrent
 * callers share one request, because the server rotates the cookie and would treat a
 * second use of the old one as theft. Resolves null when there is no valid session;
 * rejects with an ApiError when the server cannot be reached (the session is kept).
 */
export function refreshSession(): Promise<AuthResult | null> {
  refreshInFlight ??= runRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function runRefresh(): Promise<AuthResult | null> {
  // Tabs share the refresh cookie; serialise refreshes across tabs so none presents a cookie
  // another tab has just rotated (the server would take that as reuse and revoke the family).
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request('huddle-auth-refresh', refreshOnce);
  return refreshOnce();
}

async function refreshOnce(): Promise<AuthResult | null> {
  const response = await send('/auth/refresh', { method: 'POST' }, null);
  if (response.status === 401 || response.status === 403) {
    setAuthState(null);
    return null;
  }
  if (!response.ok) throw await toApiError(response);
  const result = (await response.json()) as AuthResult;
  setAuthState(result);
  return result;
}

async function send(
  path: string,
  { method = 'GET', body, signal }: ApiRequestOptions,
  token: string | null,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(toUrl(path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
}

function toUrl(path: string): string {
  return `${env.apiBaseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
