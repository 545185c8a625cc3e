import type { ErrorDetail } from '@huddle/contract';

/** Every failed API call, including network failures (code NETWORK_ERROR). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    /** Seconds to wait before retrying, from a 429's Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The error as an ApiError; anything else gets `fallbackMessage`, never its own text. */
export function asApiError(error: unknown, fallbackMessage: string): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', fallbackMessage);
}

const fallbackMessages: Record<number, string> = {
  401: 'You need to sign in again.',
  403: 'You are not allowed to do that.',
  404: 'We could not find that.',
  429: 'Too many attempts. Please wait a moment.',
  502: 'Huddle is unreachable right now. Please try again shortly.',
  503: 'Huddle is temporarily unavailable. Please try again shortly.',
  504: 'Huddle took too long to answer. Please try again.',
};

export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const body = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : (fallbackMessages[response.status] ?? 'Something went wrong. Please try again.');
  const details = Array.isArray(error?.details) ? error.details.filter(isDetail) : undefined;
  return new ApiError(response.status, code, message, details, retryAfterSeconds);
}

export function networkError(): ApiError {
  return new ApiError(
    0,
    'NETWORK_ERROR',
    'Could not reach Huddle. Check your connection and try again.',
  );
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDetail(value: unknown): value is ErrorDetail {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}
