export type SerialQueue = (task: () => Promise<void>) => Promise<void>;

/**
 * Runs tasks one after another. Each socket gets its own queue so that its events are handled
 * in the order they were sent (a chat burst is stored and broadcast in order, a join completes
 * before the next event reads its result) and a single socket never holds more than one
 * database operation at a time.
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<void> = Promise.resolve();
  return (task) => {
    const next = tail.then(task).catch(() => undefined);
    tail = next;
    return next;
  };
}
