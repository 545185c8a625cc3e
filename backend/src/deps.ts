import type { Config } from './config.js';
import { createLimiterStore, type LimiterFactory } from './lib/rateLimiters.js';
import type { Logger } from './lib/logger.js';
import type { LiveKitConnection } from './media/livekitServer.js';
import { createMediaPlane, type MediaPlane } from './media/mediaPlane.js';
import { createLeaveOutbox, type LeaveOutbox } from './services/leaveOutbox.js';
import { createMeetingCache, type MeetingCache } from './services/meetingCache.js';
import { createPendingWrites, type PendingWrites } from './services/pendingWrites.js';
import { createRecentMessages, type RecentMessages } from './services/recentMessages.js';
import { listMessages } from './services/chat.service.js';
import { createSessionRevocations, type SessionRevocations } from './lib/sessionRevocations.js';
import {
  createAccessTokenService,
  type AccessTokenService,
} from './services/accessToken.service.js';

const MEETING_CACHE_ENTRIES = 10_000;
const MEETING_CACHE_TTL_MS = 60_000;
const RECENT_CHAT_MEETINGS = 2000;
const RECENT_CHAT_BYTES = 32 * 1024 * 1024;
const RECENT_CHAT_TTL_MS = 60_000;

/** What the HTTP app and the realtime server are built from; tests build their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  tokens: AccessTokenService;
  makeLimiter: LimiterFactory;
  media: MediaPlane;
  /** Meetings as joins see them; `invalidateMeeting(code)` after changing or ending one. */
  meetings: MeetingCache;
  /** Each recently joined meeting's newest chat, kept current by every message stored. */
  recentMessages: RecentMessages;
  /** Group-committed database writes (chat messages, joins). */
  writes: PendingWrites;
  revocations: SessionRevocations;
  /** Leaves written once the database takes them (Activity leftAt). */
  leaves: LeaveOutbox;
  /**
   * Waits for the pending writes and releases what the dependencies hold open (the rate-limit
   * Redis connection); call it after the realtime server closes and before the database does.
   */
  close(): Promise<void>;
}

/** `embeddedLiveKit`: the SFU started by this process when SFU mode has no LIVEKIT_URL. */
export function createDeps(
  config: Config,
  logger: Logger,
  embeddedLiveKit?: LiveKitConnection,
): AppDeps {
  const media = createMediaPlane(config.media, config.media.livekit ?? embeddedLiveKit, logger);
  const limiters = createLimiterStore(config, logger);
  const writes = createPendingWrites(config.writes, config.db.timeoutMs);
  const leaves = createLeaveOutbox(logger, config.db.timeoutMs);
  return {
    config,
    logger,
    tokens: createAccessTokenService(config.auth),
    makeLimiter: limiters.makeLimiter,
    media,
    meetings: createMeetingCache({
      maxEntries: MEETING_CACHE_ENTRIES,
      ttlMs: MEETING_CACHE_TTL_MS,
    }),
    recentMessages: createRecentMessages({
      load: async (code) => (await listMessages(code)) ?? [],
      maxMeetings: RECENT_CHAT_MEETINGS,
      maxBytes: RECENT_CHAT_BYTES,
      ttlMs: RECENT_CHAT_TTL_MS,
    }),
    writes,
    revocations: createSessionRevocations(config.auth.accessTokenTtlSeconds * 1000),
    leaves,
    close: async () => {
      await writes.drain();
      await leaves.close();
      await limiters.close();
    },
  };
}
