import { describe, expect, it } from 'vitest';
import { getAuthState, setAuthState } from './authStore';

const ada = { id: 'u1', name: 'Ada Lovelace', username: 'ada' };

describe('setAuthState', () => {
  it('when a refresh returns the same user, then the user object is kept and the token replaced', () => {
    setAuthState({ accessToken: 'first', expiresIn: 900, user: ada });
    const before = getAuthState()?.user;

    setAuthState({ accessToken: 'second', expiresIn: 900, user: { ...ada } });

    expect(getAuthState()?.user).toBe(before);
    expect(getAuthState()?.accessToken).toBe('second');
  });

  it('when a refresh returns a renamed user, then the new user object is stored', () => {
    setAuthState({ accessToken: 'first', expiresIn: 900, user: ada });

    setAuthState({ accessToken: 'second', expiresIn: 900, user: { ...ada, name: 'Ada King' } });

    expect(getAuthState()?.user).toEqual({ ...ada, name: 'Ada King' });
  });

  it('when the token lives 15 minutes, then it is refreshed a minute before expiry', () => {
    setAuthState({ accessToken: 'token', expiresIn: 900, user: ada }, 1_000);

    expect(getAuthState()?.refreshAt).toBe(1_000 + 840_000);
  });

  it('when the token lives 6 seconds, then it is refreshed halfway through its life', () => {
    setAuthState({ accessToken: 'token', expiresIn: 6, user: ada }, 1_000);

    expect(getAuthState()?.refreshAt).toBe(1_000 + 3_000);
  });
});
