import type { JoinPayload, LobbyWait, Participant } from '@huddle/contract';
import { toParticipant } from './participants.js';
import { hostsFor, lobbyFor } from './rooms.js';
import type { Roster } from './roster.js';
import type { HuddleServer, SocketContext } from './types.js';

// The lobby is a room per meeting; a waiting socket is in it and in no meeting room, so it gets
// no participants, chat or signals. Hosts and co-hosts in the meeting form a room that hears knocks.

/** Puts the socket in the meeting's lobby and knocks on its hosts' door. */
export async function waitInLobby(ctx: SocketContext, payload: JoinPayload): Promise<LobbyWait> {
  const { io, socket, roster } = ctx;
  const { code } = payload;
  Object.assign(socket.data, {
    waitingFor: code,
    audio: payload.audio,
    video: payload.video,
    screen: false,
  });
  socket.join(lobbyFor(code));
  io.to(hostsFor(code)).emit('lobby:knock', {
    participant: toParticipant(socket.id, socket.data),
  });
  return { waiting: true, hostPresent: await isHostPresent(roster, code) };
}

export async function leaveLobby({ io, socket }: SocketContext): Promise<void> {
  const code = socket.data.waitingFor;
  if (!code) return;
  delete socket.data.waitingFor;
  socket.leave(lobbyFor(code));
  io.to(hostsFor(code)).emit('lobby:left', { id: socket.id });
}

/** Everyone waiting in the meeting's lobby, on every process that answers. */
export async function knockingIn(roster: Roster, code: string): Promise<Participant[]> {
  const waiting = await roster.members(lobbyFor(code));
  return waiting.map((member) => toParticipant(member.id, member.data));
}

export async function isHostPresent(roster: Roster, code: string): Promise<boolean> {
  return (await roster.members(hostsFor(code))).length > 0;
}

export function announceHostPresence(io: HuddleServer, code: string, hostPresent: boolean): void {
  io.to(lobbyFor(code)).emit('lobby:status', { hostPresent });
}
