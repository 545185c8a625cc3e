import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { paths } from '../config/paths';
import type { AuthResult, User } from '@huddle/contract';
import { apiRequest, refreshSession } from './api';
import { getAuthState, setAuthState, subscribeAuthState } from './authStore';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut';

export interface Session {
  status: SessionStatus;
  user: User | null;
  /** Where "home" is for this visitor: /home when signed in, the landing page otherwise. */
  homePath: typeof paths.home | typeof paths.landing;
  signIn(username: string, password: string): Promise<User>;
  /** Registers the account, then signs in with it. */
  signUp(name: string, username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
  /** Changes the password; this device stays signed in (with a new token), every other is signed out. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  /** A valid access token (refreshed first when it is about to expire), or null when signed out. */
  getAccessToken(): Promise<string | null>;
}

const SessionContext = createContext<Session | null>(null);

const RETRY_AFTER_NETWORK_ERROR_MS = 15_000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const auth = useSyncExternalStore(subscribeAuthState, getAuthState, getAuthState);
  const [restored, setRestored] = useState(() => getAuthState() !== null);

  useEffect(() => {
    let active = true;
    // refreshSession is single-flight, so StrictMode's double effect sends one request.
    refreshSession()
      .catch(() => null)
      .finally(() => {
        if (active) setRestored(true);
      });
    return () => {
      active = false;
    };
  }, []);

  const refreshAt = auth?.refreshAt;
  useEffect(() => {
    if (refreshAt === undefined) return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = (delay: number) => {
      timer = setTimeout(() => {
        refreshSession().catch(() => schedule(RETRY_AFTER_NETWORK_ERROR_MS));
      }, delay);
    };
    schedule(Math.max(0, refreshAt - Date.now()));

    // Background tabs throttle timers; catch up as soon as the tab is visible again.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      if (Date.now() >= refreshAt) refreshSession().catch(() => null);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refreshAt]);

  const signIn = useCallback(async (username: string, password: string) => {
    const result = await apiRequest<AuthResult>('/auth/login', {
      method: 'POST',
      body: { username, password },
      auth: false,
    });
    setAuthState(result);
    return result.user;
  }, []);

  const signUp = useCallback(
    async (name: string, username: string, password: string) => {
      await apiRequest('/auth/register', {
        method: 'POST',
        body: { name, username, password },
        auth: false,
      });
      return signIn(username, password);
    },
    [signIn],
  );

  const signOut = useCallback(async () => {
    try {
      await apiRequest('/auth/logout', { method: 'POST', auth: false });
    } finally {
      setAuthState(null);
    }
  }, []);

  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    const result = await apiRequest<AuthResult>('/auth/password', {
      method: 'POST',
      body: { currentPassword, newPassword },
    });
    // Every access token issued before the change is refused from now on.
    setAuthState(result);
  }, []);

  const getAccessToken = useCallback(async () => {
    const current = getAuthState();
    if (current && Date.now() < current.refreshAt) {
      return current.accessToken;
    }
    if (!current && restored) return null;
    try {
      return (await refreshSession())?.accessToken ?? null;
    } catch {
      return getAuthState()?.accessToken ?? null;
    }
  }, [restored]);

  const status: SessionStatus = auth ? 'signedIn' : restored ? 'signedOut' : 'loading';
  const user = auth?.user ?? null;
  const homePath = user ? paths.home : paths.landing;
  const value = useMemo<Session>(
    () => ({ status, user, homePath, signIn, signUp, signOut, changePassword, getAccessToken }),
    [status, user, homePath, signIn, signUp, signOut, changePassword, getAccessToken],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>.');
  return session;
}
