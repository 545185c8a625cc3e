import mongoose from 'mongoose';
import { ZodError } from 'zod';
import { isDuplicateKey } from '../db/duplicateKey.js';
import { AppError, databaseUnavailable, validationFailed } from './AppError.js';

const { mongo } = mongoose;
/**
 * The driver's ways of saying the database did not answer (network errors include every
 * PoolClearedError, such as PoolClearedOnNetworkError after a monitor timeout). Checked by class
 * on the driver mongoose uses, since the driver renames its errors between versions.
 */
const DB_DOWN_CLASSES = [
  mongo.MongoNetworkError,
  mongo.MongoServerSelectionError,
  mongo.MongoTopologyClosedError,
  mongo.MongoNotConnectedError,
  mongo.MongoServerClosedError,
  mongo.MongoOperationTimeoutError,
];
// The same by name, for errors that crossed a copy of the driver, plus mongoose's own server
// selection error and the driver's pool checkout timeout (whose class is not exported).
const DB_DOWN_NAMES = new Set([
  ...DB_DOWN_CLASSES.map((type) => type.name),
  'MongoNetworkTimeoutError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoPoolClearedError',
  'MongooseServerSelectionError',
  'MongoWaitQueueTimeoutError',
]);

interface HttpLikeError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Maps any thrown value to an AppError; `unexpected` is true when it deserves a stack in the log. */
export function toAppError(error: unknown): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };

  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    return {
      appError: validationFailed(undefined, details),
      unexpected: false,
    };
  }

  if (error instanceof Error && isDatabaseDown(error)) {
    return { appError: databaseUnavailable(), unexpected: false };
  }

  if (
    error instanceof mongoose.Error.CastError ||
    error instanceof mongoose.Error.ValidationError
  ) {
    return {
      appError: validationFailed(),
      unexpected: false,
    };
  }

  if (isDuplicateKey(error)) {
    return {
      appError: new AppError(409, 'CONFLICT', 'That resource already exists.'),
      unexpected: false,
    };
  }

  const httpError = error as HttpLikeError | null;
  const status = httpError?.status ?? httpError?.statusCode;
  if (httpError?.type === 'entity.parse.failed') {
    return {
      appError: new AppError(400, 'INVALID_JSON', 'The request body is not valid JSON.'),
      unexpected: false,
    };
  }
  if (httpError?.type === 'entity.too.large') {
    return {
      appError: new AppError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'),
      unexpected: false,
    };
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && httpError?.expose) {
    return {
      appError: new AppError(status, 'BAD_REQUEST', 'The request could not be processed.'),
      unexpected: false,
    };
  }

  return {
    appError: new AppError(500, 'INTERNAL_ERROR', 'Something went wrong on our side.'),
    unexpected: true,
  };
}

function isDatabaseDown(error: Error): boolean {
  if (DB_DOWN_CLASSES.some((type) => error instanceof type) || DB_DOWN_NAMES.has(error.name)) {
    return true;
  }
  // Mongoose raises a plain MongooseError when a buffered operation times out while disconnected.
  return (
    error.name === 'MongooseError' &&
    /buffering timed out|before initial connection/i.test(error.message)
  );
}
