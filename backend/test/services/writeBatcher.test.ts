import { describe, expect, it } from 'vitest';
import { createWriteBatcher, type BatchFailures } from '../../src/services/writeBatcher.js';

interface Write {
  docs: string[];
  finish(failures?: BatchFailures): void;
  fail(error: Error): void;
}

/**
 * A batcher over a store that the test completes by hand: every write waits in `writes`
 * until the test finishes or fails it, so what is in flight and what waits is exact.
 */
function gatedBatcher(limits: {
  maxBatchDocs?: number;
  maxBatchBytes?: number;
  maxQueued?: number;
  maxInFlight?: number;
}) {
  const writes: Write[] = [];
  const waiters: (() => void)[] = [];
  const batcher = createWriteBatcher<string>({
    maxBatchDocs: limits.maxBatchDocs ?? 100,
    maxBatchBytes: limits.maxBatchBytes ?? 1_000_000,
    maxQueuedDocs: limits.maxQueued ?? 1000,
    maxInFlight: limits.maxInFlight ?? 1,
    sizeOf: (doc) => doc.length,
    write: (docs) =>
      new Promise<BatchFailures>((resolve, reject) => {
        writes.push({ docs, finish: (failures = new Map()) => resolve(failures), fail: reject });
        waiters.splice(0).forEach((wake) => wake());
      }),
  });
  /** The n-th write (0-based), once the batcher has started it. */
  const write = async (n: number): Promise<Write> => {
    while (writes.length <= n) await new Promise<void>((wake) => waiters.push(wake));
    return writes[n] as Write;
  };
  return { batcher, writes, write };
}

function outcome(promise: Promise<void>): Promise<string> {
  return promise.then(
    () => 'stored',
    (error: { code?: string; message: string }) => error.code ?? error.message,
  );
}

describe('write batcher', () => {
  it('when several writes are in flight and a later one finishes first, then documents are still settled in the order they were added', async () => {
    const { batcher, write } = gatedBatcher({ maxInFlight: 3 });
    const settled: string[] = [];
    const add = (doc: string) => batcher.add(doc).then(() => void settled.push(doc));
    const first = add('a1');
    const firstWrite = await write(0);
    const second = add('a2');
    const secondWrite = await write(1);
    const third = [add('b1'), add('a3')];
    const thirdWrite = await write(2);
    const waiting = add('c1');

    thirdWrite.finish();
    secondWrite.finish();
    await new Promise((resolve) => setImmediate(resolve));
    const beforeFirst = [...settled];
    firstWrite.finish();
    await Promise.all([first, second, ...third]);
    (await write(3)).finish();
    await waiting;

    expect(beforeFirst).toEqual([]);
    expect(settled).toEqual(['a1', 'a2', 'b1', 'a3', 'c1']);
    expect([firstWrite, secondWrite, thirdWrite].map(({ docs }) => docs)).toEqual([
      ['a1'],
      ['a2'],
      ['b1', 'a3'],
    ]);
  });

  it('when every slot is taken, then the next write waits until the first batch is settled', async () => {
    const { batcher, writes, write } = gatedBatcher({ maxInFlight: 2 });
    const all = [batcher.add('x')];
    const first = await write(0);
    all.push(batcher.add('y'));
    const second = await write(1);
    all.push(batcher.add('z1'), batcher.add('z2'));
    await new Promise((resolve) => setImmediate(resolve));
    const startedWhileFull = writes.length;

    second.finish();
    await new Promise((resolve) => setImmediate(resolve));
    const startedBeforeFirstSettled = writes.length;
    first.finish();
    (await write(2)).finish();
    await Promise.all(all);

    expect(startedWhileFull).toBe(2);
    expect(startedBeforeFirstSettled).toBe(2);
    expect(writes[2]?.docs).toEqual(['z1', 'z2']);
  });

  it('when documents arrive while a write is in flight, then they go together in the next write, in order', async () => {
    const { batcher, write } = gatedBatcher({});
    const first = batcher.add('a1');
    const firstWrite = await write(0);
    const waiting = ['b1', 'a2', 'c1', 'b2'].map((doc) => batcher.add(doc));

    firstWrite.finish();
    await first;
    const secondWrite = await write(1);
    const settled: string[] = [];
    waiting.forEach((promise, i) => void promise.then(() => settled.push(String(i))));
    secondWrite.finish();
    await Promise.all(waiting);

    expect(firstWrite.docs).toEqual(['a1']);
    expect(secondWrite.docs).toEqual(['b1', 'a2', 'c1', 'b2']);
    expect(settled).toEqual(['0', '1', '2', '3']);
  });

  it('when more waits than a batch may hold, then batches are cut by count and by bytes', async () => {
    const { batcher, writes, write } = gatedBatcher({ maxBatchDocs: 3, maxBatchBytes: 10 });
    const all = [batcher.add('x')];
    const inFlight = await write(0);
    all.push(...['1', '2', '3', '4', '55555', '666666', '7'].map((doc) => batcher.add(doc)));

    inFlight.finish();
    for (let n = 1; n <= 3; n += 1) (await write(n)).finish();
    await Promise.all(all);

    expect(writes.map(({ docs }) => docs)).toEqual([
      ['x'],
      ['1', '2', '3'],
      ['4', '55555'],
      ['666666', '7'],
    ]);
  });

  it('when the queue is full, then the next document is refused at once and later ones fit again', async () => {
    const { batcher, write } = gatedBatcher({ maxQueued: 2 });
    const first = batcher.add('in flight');
    const inFlight = await write(0);
    const queued = [batcher.add('q1'), batcher.add('q2')];

    const refused = await outcome(batcher.add('q3'));
    inFlight.finish();
    (await write(1)).finish();
    await Promise.all([first, ...queued]);
    const accepted = batcher.add('q4');
    (await write(2)).finish();

    expect(refused).toBe('RATE_LIMITED');
    expect(await outcome(accepted)).toBe('stored');
  });

  it('when a write fails, then exactly its documents are refused and the next batch is still written', async () => {
    const { batcher, write } = gatedBatcher({});
    const first = batcher.add('before');
    const firstWrite = await write(0);
    const failing = [batcher.add('f1'), batcher.add('f2')];
    firstWrite.finish();
    await first;

    const failingWrite = await write(1);
    const after = batcher.add('after');
    failingWrite.fail(new Error('database down'));
    (await write(2)).finish();

    expect(await Promise.all(failing.map(outcome))).toEqual(['database down', 'database down']);
    expect(await outcome(after)).toBe('stored');
  });

  it('when some documents of a batch fail, then only those are refused', async () => {
    const { batcher, write } = gatedBatcher({});
    const first = batcher.add('first');
    const firstWrite = await write(0);
    const batch = ['ok1', 'bad', 'ok2'].map((doc) => batcher.add(doc));
    firstWrite.finish();
    await first;

    (await write(1)).finish(new Map([[1, new Error('duplicate key')]]));

    expect(await Promise.all(batch.map(outcome))).toEqual(['stored', 'duplicate key', 'stored']);
  });

  it('when draining, then it resolves only after every document added so far is written', async () => {
    const { batcher, write } = gatedBatcher({});
    const docs = [batcher.add('a')];
    const inFlight = await write(0);
    docs.push(batcher.add('b'));
    let drained = false;
    const draining = batcher.drain().then(() => (drained = true));

    inFlight.finish();
    const last = await write(1);
    const drainedBeforeLastWrite = drained;
    last.finish();
    await draining;

    expect(drainedBeforeLastWrite).toBe(false);
    expect(await Promise.all(docs.map(outcome))).toEqual(['stored', 'stored']);
  });
});
