/**
 * The signed-in state kept in memory only. The access token never touches localStorage,
 * sessionStorage or a URL, so an XSS payload cannot lift it from storage after the fact.
 */
export interface User {
  id: string;
  name: string;
  username: string;
}

export interface AuthResult {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: User;
}

export interface AuthState {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: User;
}

type Listener = (state: AuthState | null) => void;

let current: AuthState | null = null;
const listeners = new Set<Listener>();

export function getAuthState(): AuthState | null {
  return current;
}

export function setAuthState(result: AuthResult | null, now = Date.now()): void {
  current = result
    ? { accessToken: result.accessToken, expiresAt: now + result.expiresIn * 1000, user: result.user }
    : null;
  for (const listener of listeners) listener(current);
}

export function subscribeAuthState(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
