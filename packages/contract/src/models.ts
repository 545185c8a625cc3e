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

/** `id` is the participant's socket id. */
export interface Participant {
  id: string;
  name: string;
  userId?: string;
  isGuest: boolean;
  audio: boolean;
  video: boolean;
  screen: boolean;
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
