/** The shapes the API and the socket send: everything is JSON, so dates are ISO strings. */

export interface User {
  id: string;
  name: string;
  username: string;
}

export interface Meeting {
  code: string;
  title: string;
  hostId: string;
  createdAt: string;
  endedAt: string | null;
  /** Everyone but hosts and co-hosts waits in the lobby to be admitted. */
  lobby: boolean;
  /** Nobody new may join (hosts and co-hosts still may). */
  locked: boolean;
}

/** One meeting in a user's history; `meeting` is null when it no longer exists. */
export interface ActivityItem {
  id: string;
  meetingCode: string;
  joinedAt: string;
  leftAt: string | null;
  meeting: { title: string } | null;
}

export interface ActivityPage {
  items: ActivityItem[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export type Role = 'host' | 'cohost' | 'participant';

/** `id` is the participant's socket id. */
export interface Participant {
  id: string;
  name: string;
  userId?: string;
  isGuest: boolean;
  audio: boolean;
  video: boolean;
  screen: boolean;
  role: Role;
  handRaised: boolean;
  /** When the hand went up (ms since the epoch), while it is up: hands are listed in this order. */
  raisedAt?: number;
}

/** Raised hands first, earliest first; everyone else keeps the order they came in. */
export function byRaisedHand(a: Participant, b: Participant): number {
  const never = Number.POSITIVE_INFINITY;
  const order = (a.raisedAt ?? never) - (b.raisedAt ?? never);
  return Number.isNaN(order) ? 0 : order;
}

/** Who did something to you (a mute). */
export interface Actor {
  id: string;
  name: string;
}

export interface ChatMessage {
  id: string;
  meetingCode: string;
  /** `id` is the sender's user id; guests have none. */
  sender: { id?: string; name: string };
  text: string;
  createdAt: string;
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}
