import type { Participant } from '@huddle/contract';
import type { SocketData } from './types.js';

export function toParticipant(id: string, data: SocketData): Participant {
  return {
    id,
    name: data.name,
    ...(data.userId ? { userId: data.userId } : {}),
    isGuest: data.isGuest,
    audio: data.audio,
    video: data.video,
    screen: data.screen,
    role: data.role ?? 'participant',
    handRaised: data.raisedAt !== undefined,
    ...(data.raisedAt !== undefined ? { raisedAt: data.raisedAt } : {}),
  };
}

/** Orders members of a room by when they joined, so every process agrees on who is over the cap. */
export function joinOrder(
  a: { id: string; data: SocketData },
  b: { id: string; data: SocketData },
) {
  const byTime = (a.data.joinedAt ?? 0) - (b.data.joinedAt ?? 0);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
