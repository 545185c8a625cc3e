import { createRequire } from 'node:module';
import mongoose from 'mongoose';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/errors/AppError.js';
import { toAppError } from '../src/errors/toAppError.js';

const bodyOf = (error: unknown) => {
  const { appError, unexpected } = toAppError(error);
  return { status: appError.status, code: appError.code, message: appError.message, unexpected };
};

describe('toAppError', () => {
  it('when given an AppError, then it passes it through untouched', () => {
    const error = new AppError(404, 'MEETING_NOT_FOUND', 'No meeting has that code.');

    expect(toAppError(error)).toEqual({ appError: error, unexpected: false });
  });

  it('when given a zod error, then it answers 400 VALIDATION_FAILED with a detail per issue', () => {
    const parsed = z.object({ a: z.string(), b: z.object({ c: z.number() }) }).safeParse({ b: {} });

    const { appError } = toAppError(parsed.error);

    expect(appError.status).toBe(400);
    expect(appError.code).toBe('VALIDATION_FAILED');
    expect(appError.details?.map((detail) => detail.path)).toEqual(['a', 'b.c']);
  });

  it('when given a duplicate key error, then it answers 409 without the driver message', () => {
    const error = Object.assign(new Error('E11000 duplicate key error collection: huddle.users'), {
      code: 11000,
    });

    const result = bodyOf(error);

    expect(result).toMatchObject({ status: 409, code: 'CONFLICT', unexpected: false });
    expect(result.message).not.toMatch(/E11000|huddle\.users/);
  });

  it('when given a body parser error, then it answers 400 INVALID_JSON', () => {
    const error = Object.assign(new SyntaxError('Unexpected token } in JSON at position 9'), {
      status: 400,
      type: 'entity.parse.failed',
      expose: true,
    });

    expect(bodyOf(error)).toMatchObject({ status: 400, code: 'INVALID_JSON' });
    expect(bodyOf(error).message).not.toContain('position');
  });

  it('when given a body too large, then it answers 413 PAYLOAD_TOO_LARGE', () => {
    const error = Object.assign(new Error('request entity too large'), {
      status: 413,
      type: 'entity.too.large',
      expose: true,
    });

    expect(bodyOf(error)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('when given a cast error, then it answers 400 VALIDATION_FAILED', () => {
    const error = new mongoose.Error.CastError('ObjectId', 'nope', '_id');

    expect(bodyOf(error)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('when the database is unreachable, then it answers 503 DATABASE_UNAVAILABLE', () => {
    const error = new Error('connect ECONNREFUSED 127.0.0.1:27017');
    error.name = 'MongoServerSelectionError';

    expect(bodyOf(error)).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(bodyOf(error).message).not.toContain('ECONNREFUSED');
  });

  it.each(driverNetworkErrors())(
    'when the driver throws %s (the database stalled or dropped), then it answers 503 DATABASE_UNAVAILABLE',
    (_, error) => {
      expect(toAppError(error)).toEqual({
        appError: expect.objectContaining({ status: 503, code: 'DATABASE_UNAVAILABLE' }),
        unexpected: false,
      });
    },
  );

  it.each([
    ['an Error', new Error('secret at /work/main/backend/src/x.ts:1')],
    ['a thrown string', 'secret'],
    ['null', null],
  ])(
    'when given %s of unknown kind, then it answers 500 and flags it, leaking nothing',
    (_, error) => {
      const result = bodyOf(error);

      expect(result).toEqual({
        status: 500,
        code: 'INTERNAL_ERROR',
        message: expect.any(String),
        unexpected: true,
      });
      expect(result.message).not.toMatch(/secret|\/work/);
    },
  );
});

/** Errors built with the very driver classes mongoose throws (its own copy of the driver). */
function driverNetworkErrors(): [string, Error][] {
  const driver = createRequire(require.resolve('mongoose'));
  const cmap = driver('mongodb/lib/cmap/errors.js') as Record<
    string,
    new (...args: never[]) => Error
  >;
  const { mongo } = mongoose;
  const pool = { address: '127.0.0.1:27017', serverGeneration: 1 } as never;
  return [
    ['PoolClearedOnNetworkError', new cmap.PoolClearedOnNetworkError!(pool)],
    ['PoolClearedError', new cmap.PoolClearedError!(pool)],
    [
      'MongoWaitQueueTimeoutError',
      new cmap.WaitQueueTimeoutError!('timed out' as never, '' as never),
    ],
    ['MongoNetworkTimeoutError', new mongo.MongoNetworkTimeoutError('socket timed out')],
    ['MongoServerClosedError', new mongo.MongoServerClosedError()],
    ['MongoOperationTimeoutError', new mongo.MongoOperationTimeoutError('timed out')],
  ];
}
