import type { ChatMessage } from '@huddle/contract';
import { describe, expect, it } from 'vitest';
import { createRecentMessages } from '../../src/services/recentMessages.js';

let sequence = 0;
function message(meetingCode: string, text: string, createdAt = new Date(1_000_000 + sequence)) {
  sequence += 1;
  return {
    id: sequence.toString(16).padStart(24, '0'),
    meetingCode,
    sender: { name: 'Ada' },
    text,
    createdAt: createdAt.toISOString(),
  } satisfies ChatMessage;
}

/** Pages the test hands out by hand: each read waits until the test answers it. */
function gatedStore() {
  const reads: { code: string; answer(messages: ChatMessage[]): void; fail(): void }[] = [];
  const load = (code: string) =>
    new Promise<ChatMessage[]>((resolve, reject) => {
      reads.push({ code, answer: resolve, fail: () => reject(new Error('database down')) });
    });
  return { reads, load };
}

const texts = (messages: ChatMessage[]) => messages.map((kept) => kept.text);

describe('recent messages', () => {
  it('when messages are stored while the page is being read, then the page holds both, in the database order, once each', async () => {
    const { reads, load } = gatedStore();
    const recent = createRecentMessages({ load, maxMeetings: 10, maxBytes: 1e6, ttlMs: 60_000 });
    const [old, during, late] = [message('m', 'old'), message('m', 'during'), message('m', 'late')];
    const first = recent.list('m');
    const concurrent = recent.list('m');

    recent.received(late);
    recent.stored(during);
    reads[0]?.answer([old, during]);

    expect(texts(await first)).toEqual(['old', 'during', 'late']);
    expect(texts(await concurrent)).toEqual(['old', 'during', 'late']);
    expect(reads).toHaveLength(1);
  });

  it('when more than a page is stored, then only the newest page is kept, and other meetings are untouched', async () => {
    const { reads, load } = gatedStore();
    const recent = createRecentMessages({
      load,
      maxMeetings: 10,
      maxBytes: 1e6,
      ttlMs: 60_000,
      pageSize: 3,
    });
    const listed = recent.list('m');
    reads[0]?.answer([message('m', '1')]);
    await listed;

    for (const text of ['2', '3', '4']) recent.stored(message('m', text));
    recent.stored(message('other', 'x'));

    expect(texts(await recent.list('m'))).toEqual(['2', '3', '4']);
    expect(reads).toHaveLength(1);
  });

  it('when a read fails, then the join sees the error and the next join reads again', async () => {
    const { reads, load } = gatedStore();
    const recent = createRecentMessages({ load, maxMeetings: 10, maxBytes: 1e6, ttlMs: 60_000 });
    const failing = recent.list('m');
    reads[0]?.fail();
    await expect(failing).rejects.toThrow('database down');

    const again = recent.list('m');
    reads[1]?.answer([]);

    expect(await again).toEqual([]);
  });

  it('when the page is older than its time to live, or past the meeting bound, then it is read again', async () => {
    const { reads, load } = gatedStore();
    let now = 0;
    const recent = createRecentMessages({
      load,
      maxMeetings: 1,
      maxBytes: 1e6,
      ttlMs: 1000,
      now: () => now,
    });
    const read = async (code: string) => {
      const listed = recent.list(code);
      reads.at(-1)?.answer([]);
      return listed;
    };
    await read('m');
    now = 999;
    await recent.list('m');
    now = 1000;
    await read('m');
    await read('n');
    await read('m');

    expect(reads.map(({ code }) => code)).toEqual(['m', 'm', 'n', 'm']);
  });
});
