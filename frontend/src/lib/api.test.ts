import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest } from './api';
import { getAuthState, setAuthState } from './authStore';

const user = { id: 'u1', name: 'Ada Lovelace', username: 'ada' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function authHeader(init: RequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.Authorization;
}

function stubFetch(handler: (url: string, init?: RequestInit) => Promise<Response> | Response) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(handler(String(input), init)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const refreshCalls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/auth/refresh'));

describe('apiRequest', () => {
  beforeEach(() => {
    setAuthState({ accessToken: 'old-token', expiresIn: 900, user });
  });

  it('when two requests get a 401 at once, then one refresh serves both and each retries once', async () => {
    let releaseRefresh: (response: Response) => void = () => {};
    const fetchMock = stubFetch((url, init) => {
      if (url.endsWith('/auth/refresh')) {
        return new Promise<Response>((resolve) => {
          releaseRefresh = resolve;
        });
      }
      return authHeader(init) === 'Bearer new-token'
        ? json(200, { url })
        : json(401, { error: { code: 'UNAUTHORIZED', message: 'Expired.' } });
    });

    const first = apiRequest<{ url: string }>('/activity');
    const second = apiRequest<{ url: string }>('/users/me');
    await vi.waitFor(() => expect(refreshCalls(fetchMock)).toHaveLength(1));
    releaseRefresh(json(200, { accessToken: 'new-token', expiresIn: 900, user }));

    await expect(first).resolves.toEqual({ url: '/api/v1/activity' });
    await expect(second).resolves.toEqual({ url: '/api/v1/users/me' });
    expect(refreshCalls(fetchMock)).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(5);
    expect(getAuthState()?.accessToken).toBe('new-token');
  });

  it('when the retried request is still unauthorized, then it throws without a second retry', async () => {
    const fetchMock = stubFetch((url) =>
      url.endsWith('/auth/refresh')
        ? json(200, { accessToken: 'new-token', expiresIn: 900, user })
        : json(401, { error: { code: 'UNAUTHORIZED', message: 'No.' } }),
    );

    await expect(apiRequest('/users/me')).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHORIZED',
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(refreshCalls(fetchMock)).toHaveLength(1);
  });

  it('when the refresh is refused, then the session is cleared and the 401 is thrown', async () => {
    stubFetch(() => json(401, { error: { code: 'UNAUTHORIZED', message: 'Sign in again.' } }));

    await expect(apiRequest('/users/me')).rejects.toMatchObject({ status: 401 });
    expect(getAuthState()).toBeNull();
  });

  it('when the API answers with an error body, then it maps to an ApiError with its details', async () => {
    stubFetch(() =>
      json(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is not valid.',
          details: [{ path: 'title', message: 'Too long.' }, { bogus: true }],
        },
      }),
    );

    const error = await apiRequest('/meetings', { method: 'POST', body: { title: 'x' } }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is not valid.',
      details: [{ path: 'title', message: 'Too long.' }],
    });
  });

  it('when the API rate limits, then retryAfterSeconds comes from Retry-After', async () => {
    stubFetch(() =>
      json(
        429,
        { error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down.' } },
        { 'Retry-After': '42' },
      ),
    );

    await expect(apiRequest('/auth/login', { method: 'POST', auth: false })).rejects.toMatchObject({
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 42,
    });
  });

  it('when the network fails, then it throws NETWORK_ERROR', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    await expect(apiRequest('/activity')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });

  it('when the error body is not JSON, then it still throws an ApiError with a readable message', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));

    await expect(apiRequest('/activity')).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_502',
      message: expect.stringMatching(/unreachable/),
    });
  });

  it('when auth is false, then no token is sent and a 401 is not refreshed', async () => {
    const fetchMock = stubFetch(() =>
      json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' } }),
    );

    await expect(
      apiRequest('/auth/login', { method: 'POST', body: { username: 'a' }, auth: false }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(authHeader(fetchMock.mock.calls[0]?.[1])).toBeUndefined();
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: '{"username":"a"}',
    });
  });

  it('when the request succeeds, then the bearer token is attached and the JSON returned', async () => {
    const fetchMock = stubFetch(() => json(200, { items: [] }));

    await expect(apiRequest('/activity?limit=5')).resolves.toEqual({ items: [] });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/activity?limit=5');
    expect(authHeader(fetchMock.mock.calls[0]?.[1])).toBe('Bearer old-token');
  });
});
