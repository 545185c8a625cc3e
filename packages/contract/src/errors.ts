/** Every `error.code` the server sends, in REST error bodies and in socket error acks. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'USERNAME_TAKEN',
  'CONFLICT',
  'NOT_FOUND',
  'MEETING_NOT_FOUND',
  'MEETING_FULL',
  'NOT_IN_MEETING',
  'FORBIDDEN',
  'MEETING_LOCKED',
  'MEETING_ENDED',
  'TOO_MANY_REQUESTS',
  'RATE_LIMITED',
  'ORIGIN_NOT_ALLOWED',
  'CROSS_SITE_REQUEST',
  'DATABASE_UNAVAILABLE',
  'CLUSTER_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The body of every failed REST response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
}
