import { findMeetingSummary, type MeetingSummary } from './meeting.service.js';

export interface MeetingCacheOptions {
  maxEntries: number;
  /** How long an entry is trusted; bounds staleness if an invalidation from elsewhere is lost. */
  ttlMs: number;
  load?: (code: string) => Promise<MeetingSummary | null>;
}

export interface MeetingCache {
  /** The meeting (existence, title, state), from memory when read recently; null when none. */
  find(code: string): Promise<MeetingSummary | null>;
  /**
   * Call when a meeting changes or ends: forgets it here and, once the realtime server has
   * attached a broadcast (several processes, Redis), in every other process too.
   */
  invalidateMeeting(code: string): void;
  /** Forgets `code` in this process only (an invalidation that came from another process). */
  forget(code: string): void;
  /** How invalidations reach the other processes. */
  broadcastWith(send: (code: string) => void): void;
}

interface Entry {
  meeting: Promise<MeetingSummary | null>;
  expiresAt: number;
}

/**
 * A small LRU of meetings for the join path, so a join costs no database read for the meeting.
 * Only meetings that exist are kept (a code nobody created is read again each time), and
 * concurrent joins of one meeting share a single read.
 */
export function createMeetingCache({
  maxEntries,
  ttlMs,
  load = findMeetingSummary,
}: MeetingCacheOptions): MeetingCache {
  const entries = new Map<string, Entry>();
  let broadcast: (code: string) => void = () => undefined;

  const forget = (code: string) => {
    entries.delete(code);
  };

  return {
    find(code) {
      const cached = entries.get(code);
      if (cached && cached.expiresAt > performance.now()) {
        // Map keeps insertion order: moving a hit to the end makes the first key the least recent.
        entries.delete(code);
        entries.set(code, cached);
        return cached.meeting;
      }
      const entry: Entry = { meeting: load(code), expiresAt: performance.now() + ttlMs };
      entries.delete(code);
      entries.set(code, entry);
      if (entries.size > maxEntries) forget(entries.keys().next().value as string);
      const drop = () => {
        if (entries.get(code) === entry) forget(code);
      };
      entry.meeting.then((meeting) => {
        if (!meeting) drop();
      }, drop);
      return entry.meeting;
    },
    invalidateMeeting(code) {
      forget(code);
      broadcast(code);
    },
    forget,
    broadcastWith(send) {
      broadcast = send;
    },
  };
}
