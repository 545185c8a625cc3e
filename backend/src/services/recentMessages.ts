import { CHAT_PAGE_SIZE, type ChatMessage } from '@huddle/contract';

export interface RecentMessagesOptions {
  /** Reads a meeting's newest page from the database, oldest first (listMessages). */
  load(code: string): Promise<ChatMessage[]>;
  maxMeetings: number;
  /** Bytes (roughly) all kept pages may hold; the least recently joined meetings go first. */
  maxBytes: number;
  /** How long a page read from the database is trusted; bounds staleness if a message is missed. */
  ttlMs: number;
  pageSize?: number;
  now?: () => number;
}

/**
 * The newest page of chat of recently joined meetings, so that a join reads no messages from
 * the database. A page is read once and then kept up to date by every message stored (here,
 * and in other processes through the adapter): it answers what the database would.
 */
export interface RecentMessages {
  /** The meeting's newest messages, oldest first, as `listMessages(code)` reads them. */
  list(code: string): Promise<ChatMessage[]>;
  /** A message this process stored: kept here and, once a broadcast is attached, elsewhere. */
  stored(message: ChatMessage): void;
  /** A message another process stored. */
  received(message: ChatMessage): void;
  /** How stored messages reach the other processes. */
  broadcastWith(send: (message: ChatMessage) => void): void;
}

interface Page {
  code: string;
  messages: ChatMessage[];
  bytes: number;
  /** While the page is being read: messages stored meanwhile, merged in when it arrives. */
  arrivals: ChatMessage[] | null;
  ready: Promise<void>;
  expiresAt: number;
}

const sizeOf = (message: ChatMessage) =>
  2 * (message.text.length + message.sender.name.length) + 200;

/** The database's order: createdAt, then id (ISO dates and ObjectId hex compare as strings). */
const before = (a: ChatMessage, b: ChatMessage) =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

export function createRecentMessages({
  load,
  maxMeetings,
  maxBytes,
  ttlMs,
  pageSize = CHAT_PAGE_SIZE,
  now = () => performance.now(),
}: RecentMessagesOptions): RecentMessages {
  const pages = new Map<string, Page>();
  let totalBytes = 0;
  let broadcast: (message: ChatMessage) => void = () => undefined;

  const drop = (code: string) => {
    const page = pages.get(code);
    if (!page) return;
    totalBytes -= page.bytes;
    pages.delete(code);
  };
  const resize = (page: Page) => {
    const bytes = page.messages.reduce((sum, message) => sum + sizeOf(message), 0);
    // A page dropped while it was read still answers the joins waiting for it, uncounted.
    if (pages.get(page.code) === page) totalBytes += bytes - page.bytes;
    page.bytes = bytes;
  };
  const evict = () => {
    // Map keeps insertion order: the first key is the least recently joined meeting.
    while (pages.size > maxMeetings || (totalBytes > maxBytes && pages.size > 1)) {
      drop(pages.keys().next().value as string);
    }
  };
  const merge = (page: Page, added: ChatMessage[]) => {
    const messages = page.messages;
    for (const message of added) {
      if (messages.some((kept) => kept.id === message.id)) continue;
      let at = messages.length;
      while (at > 0 && before(message, messages[at - 1] as ChatMessage)) at -= 1;
      messages.splice(at, 0, message);
    }
    if (messages.length > pageSize) messages.splice(0, messages.length - pageSize);
    resize(page);
  };
  const read = (code: string): Page => {
    const page: Page = {
      code,
      messages: [],
      bytes: 0,
      arrivals: [],
      ready: Promise.resolve(),
      expiresAt: now() + ttlMs,
    };
    page.ready = load(code).then(
      (messages) => {
        const arrivals = page.arrivals ?? [];
        page.arrivals = null;
        merge(page, [...messages, ...arrivals]);
        evict();
      },
      (error: unknown) => {
        if (pages.get(code) === page) drop(code);
        throw error;
      },
    );
    pages.set(code, page);
    evict();
    return page;
  };
  const keep = (message: ChatMessage) => {
    const page = pages.get(message.meetingCode);
    if (!page) return;
    if (page.arrivals) page.arrivals.push(message);
    else {
      merge(page, [message]);
      evict();
    }
  };

  return {
    async list(code) {
      let page = pages.get(code);
      if (page && page.expiresAt <= now()) {
        drop(code);
        page = undefined;
      }
      if (page) {
        pages.delete(code);
        pages.set(code, page);
      } else {
        page = read(code);
      }
      await page.ready;
      return [...page.messages];
    },
    stored(message) {
      keep(message);
      broadcast(message);
    },
    received: keep,
    broadcastWith(send) {
      broadcast = send;
    },
  };
}
