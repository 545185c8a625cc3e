type Listener = (sessionId: string) => void;

/**
 * Sessions ended before their access tokens expire (sign-out, a revoked refresh family). The
 * HTTP side reports them; the realtime server closes the session's sockets on every process and
 * refuses its still-unexpired access tokens at the handshake, for as long as they could live.
 */
export interface SessionRevocations {
  /** Ends the session now: remembers it here and tells the listeners (the realtime server). */
  revoke(sessionId: string): void;
  /** Remembers a session another process ended, without telling the listeners again. */
  remember(sessionId: string): void;
  isRevoked(sessionId: string | undefined): boolean;
  onRevoke(listener: Listener): () => void;
}

export function createSessionRevocations(
  tokenLifetimeMs: number,
  now: () => number = Date.now,
): SessionRevocations {
  const revokedUntil = new Map<string, number>();
  const listeners = new Set<Listener>();

  const forgetExpired = () => {
    const at = now();
    for (const [sessionId, until] of revokedUntil) if (until <= at) revokedUntil.delete(sessionId);
  };
  const remember = (sessionId: string) => {
    forgetExpired();
    revokedUntil.set(sessionId, now() + tokenLifetimeMs);
  };

  return {
    revoke(sessionId) {
      remember(sessionId);
      for (const listener of listeners) listener(sessionId);
    },
    remember,
    isRevoked(sessionId) {
      if (sessionId === undefined) return false;
      const until = revokedUntil.get(sessionId);
      return until !== undefined && until > now();
    },
    onRevoke(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
