import { describe, expect, it } from 'vitest';
import { createMeetingCache } from '../../src/services/meetingCache.js';
import type { MeetingSummary } from '../../src/services/meeting.service.js';

function summaryOf(code: string): MeetingSummary {
  const meeting = {
    code,
    title: code,
    hostId: 'h',
    createdAt: '2026-01-01T00:00:00.000Z',
    endedAt: null,
    lobby: false,
    locked: false,
  };
  return { meeting, cohostIds: [], removedUserIds: [], removedNames: [] };
}

/** A cache over a fixed set of meetings that records every load it makes. */
function cacheOver(codes: string[], options: { maxEntries?: number; ttlMs?: number } = {}) {
  const loads: string[] = [];
  const cache = createMeetingCache({
    maxEntries: options.maxEntries ?? 10,
    ttlMs: options.ttlMs ?? 60_000,
    load: async (code): Promise<MeetingSummary | null> => {
      loads.push(code);
      return codes.includes(code) ? summaryOf(code) : null;
    },
  });
  return { cache, loads };
}

describe('meeting cache', () => {
  it('when a meeting is asked for again, then it is loaded once, even by concurrent callers', async () => {
    const { cache, loads } = cacheOver(['a']);

    const found = await Promise.all([cache.find('a'), cache.find('a')]);
    await cache.find('a');

    expect(found.map((summary) => summary?.meeting.code)).toEqual(['a', 'a']);
    expect(loads).toEqual(['a']);
  });

  it('when a code has no meeting, then it is not remembered', async () => {
    const { cache, loads } = cacheOver([]);

    expect(await cache.find('ghost')).toBeNull();
    expect(await cache.find('ghost')).toBeNull();

    expect(loads).toEqual(['ghost', 'ghost']);
  });

  it('when it is full, then the least recently used meeting is the one forgotten', async () => {
    const { cache, loads } = cacheOver(['a', 'b', 'c'], { maxEntries: 2 });

    for (const code of ['a', 'b', 'a', 'c', 'a', 'b']) await cache.find(code);

    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('when a meeting is invalidated or its entry has expired, then it is loaded again', async () => {
    const { cache, loads } = cacheOver(['a']);
    const expiring = cacheOver(['a'], { ttlMs: 0 });

    await cache.find('a');
    cache.invalidateMeeting('a');
    await cache.find('a');
    await expiring.cache.find('a');
    await expiring.cache.find('a');

    expect(loads).toEqual(['a', 'a']);
    expect(expiring.loads).toEqual(['a', 'a']);
  });

  it('when a meeting is invalidated, then the broadcast carries its code, and a forget does not', async () => {
    const { cache } = cacheOver(['a']);
    const sent: string[] = [];
    cache.broadcastWith((code) => sent.push(code));

    cache.invalidateMeeting('a');
    cache.forget('b');

    expect(sent).toEqual(['a']);
  });
});
