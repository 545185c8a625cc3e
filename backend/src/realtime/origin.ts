import type { IncomingMessage, ServerResponse } from 'node:http';
import { createOriginAllowlist } from '../lib/originAllowlist.js';

/**
 * Browsers do not apply CORS to WebSockets, so the Origin of every engine request (the
 * handshake, each polling request and the upgrade) is checked here.
 */
export function createOriginCheck(allowedOrigins: readonly string[]) {
  const isAllowedOrigin = createOriginAllowlist(allowedOrigins);
  const isAllowed = (req: IncomingMessage) => isAllowedOrigin(req.headers.origin);

  return {
    /** Socket.IO's `allowRequest`: runs for the handshake of either transport. */
    allowRequest(req: IncomingMessage, callback: (error: string | null, ok: boolean) => void) {
      const ok = isAllowed(req);
      callback(ok ? null : 'ORIGIN_NOT_ALLOWED', ok);
    },
    /**
     * An engine middleware for the requests of an open session (polling and the upgrade), which
     * `allowRequest` never sees; handshakes are left to `allowRequest` and its 403.
     */
    middleware(req: IncomingMessage, _res: ServerResponse, next: (error?: Error) => void) {
      const isHandshake = !new URL(req.url ?? '/', 'http://engine').searchParams.has('sid');
      next(isHandshake || isAllowed(req) ? undefined : new Error('ORIGIN_NOT_ALLOWED'));
    },
  };
}
