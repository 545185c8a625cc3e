import { RealtimeError } from '../../../../lib/socket';
import { joinRetryDelay, joinWithRetry } from './joinWithRetry';

const unavailable = () => new RealtimeError('DATABASE_UNAVAILABLE', 'The database is unavailable.');

/** An attempt that fails with each of `errors` in turn, then answers `'joined'`. */
function attemptFailing(...errors: Error[]) {
  const attempt = vi.fn(async () => {
    const error = errors.shift();
    if (error) throw error;
    return 'joined';
  });
  return attempt;
}

describe('joinWithRetry', () => {
  it('when the server answers DATABASE_UNAVAILABLE, then it waits longer each time and joins once it can', async () => {
    const attempt = attemptFailing(unavailable(), unavailable(), unavailable());
    const waits: number[] = [];

    const result = await joinWithRetry(attempt, new AbortController().signal, async (ms) => {
      waits.push(ms);
    });

    expect(result).toBe('joined');
    expect(attempt).toHaveBeenCalledTimes(4);
    expect(waits).toHaveLength(3);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
  });

  it('when the error is not a passing one (MEETING_FULL), then it fails at once', async () => {
    const full = new RealtimeError('MEETING_FULL', 'This meeting is full.');
    const attempt = attemptFailing(full);

    await expect(joinWithRetry(attempt, new AbortController().signal)).rejects.toBe(full);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('when the database stays away, then it gives up with its error after a bounded number of tries', async () => {
    const attempt = attemptFailing(...Array.from({ length: 20 }, unavailable));

    await expect(
      joinWithRetry(attempt, new AbortController().signal, async () => undefined),
    ).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(attempt.mock.calls.length).toBeLessThan(10);
  });

  it('when the wait is aborted (the socket dropped), then it stops without another attempt', async () => {
    const attempt = attemptFailing(unavailable());
    const controller = new AbortController();
    const joining = joinWithRetry(attempt, controller.signal);

    controller.abort(new Error('disconnected'));

    await expect(joining).rejects.toThrow('disconnected');
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('when backing off, then the delay grows and stays capped with jitter', () => {
    expect(joinRetryDelay(0, () => 0.5)).toBe(500);
    expect(joinRetryDelay(2, () => 0.5)).toBe(2000);
    expect(joinRetryDelay(10, () => 1)).toBe(10_000);
  });
});
