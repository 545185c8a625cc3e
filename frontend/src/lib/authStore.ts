import type { AuthResult, User } from '@huddle/contract';

/**
 * The signed-in state kept in memory only. The access token never touches localStorage,
 * sessionStorage or a URL, so an XSS payload cannot lift it from storage after the fact.
 */
export interface AuthState {
  accessToken: string;
  /** Epoch milliseconds when to refresh: a minute (or a fifth of a short lifetime) before expiry. */
  refreshAt: number;
  user: User;
}

type Listener = (state: AuthState | null) => void;

let current: AuthState | null = null;
const listeners = new Set<Listener>();

export function getAuthState(): AuthState | null {
  return current;
}

export function setAuthState(result: AuthResult | null, now = Date.now()): void {
  current = result ? toState(result, now, current?.user) : null;
  for (const listener of listeners) listener(current);
}

function toState(
  { accessToken, expiresIn, user }: AuthResult,
  now: number,
  previousUser: User | undefined,
): AuthState {
  const lifetimeMs = Math.max(0, expiresIn * 1000);
  return {
    accessToken,
    // Keep the same object across refreshes so session consumers do not re-render for nothing.
    user: previousUser && sameUser(previousUser, user) ? previousUser : user,
    // A minute ahead; a short-lived token halfway, so a slow refresh, a late timer and the
    // token's whole-second expiry still leave it time to reach the open socket.
    refreshAt: now + lifetimeMs - Math.min(60_000, lifetimeMs / 2),
  };
}

function sameUser(a: User, b: User): boolean {
  return a.id === b.id && a.name === b.name && a.username === b.username;
}

export function subscribeAuthState(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
