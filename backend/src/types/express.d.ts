import type { AccessClaims } from '../services/accessToken.service.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by requireAuth from a verified access token; the only source of a caller's identity. */
      auth?: AccessClaims;
    }
  }
}

export {};
