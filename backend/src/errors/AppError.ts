import type { ErrorCode, ErrorDetail } from '@huddle/contract';

/** The one error type the app throws on purpose; the error middleware turns it into the contract's body. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const validationFailed = (message = 'The request is not valid.', details?: ErrorDetail[]) =>
  new AppError(400, 'VALIDATION_FAILED', message, details);
export const meetingNotFound = () =>
  new AppError(404, 'MEETING_NOT_FOUND', 'There is no meeting with this code.');
export const meetingFull = (max: number) =>
  new AppError(409, 'MEETING_FULL', `This meeting is full (at most ${max} participants).`);
export const notInMeeting = (message = 'You are not in this meeting.') =>
  new AppError(409, 'NOT_IN_MEETING', message);
export const forbidden = (message = 'Only hosts and co-hosts may do that.') =>
  new AppError(403, 'FORBIDDEN', message);
export const meetingLocked = () =>
  new AppError(423, 'MEETING_LOCKED', 'This meeting is locked; nobody new may join.');
export const meetingEnded = () => new AppError(410, 'MEETING_ENDED', 'This meeting has ended.');
export const unauthorized = (message = 'Authentication is required.') =>
  new AppError(401, 'UNAUTHORIZED', message);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, 'RATE_LIMITED', `Too many requests; try again in ${retryAfterSeconds} s.`);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'TOO_MANY_REQUESTS',
    'Too many attempts. Please wait before trying again.',
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  );
export const clusterUnavailable = () =>
  new AppError(
    503,
    'CLUSTER_UNAVAILABLE',
    'Another server did not answer in time. Please try again.',
  );
export const databaseUnavailable = () =>
  new AppError(
    503,
    'DATABASE_UNAVAILABLE',
    'The database is unavailable. Please try again shortly.',
  );
