/**
 * Runs tasks one after another. Each socket gets its own queue so that its events are handled
 * in the order they were sent (a chat burst is stored and broadcast in order, a join completes
 * before the next event reads its result) and a single socket never holds more than one
 * database operation at a time. A queue that never ran a task holds nothing but itself: most
 * connections are idle.
 */
export class SerialQueue {
  private tail: Promise<void> | undefined;

  run(task: () => Promise<void>): Promise<void> {
    const next = (this.tail ?? Promise.resolve()).then(task).catch(() => undefined);
    this.tail = next;
    return next;
  }
}
