import type { JoinPayload, LobbyWait, Participant } from '@huddle/contract';
import { toParticipant } from './participants.js';
import { hostsFor, lobbyFor } from './rooms.js';
import type { HuddleServer, SocketContext } from './types.js';

// The lobby is a room per meeting; a waiting socket is in it and in no meeting room, so it gets
// no participants, chat or signals. Hosts and co-hosts in the meeting form a room that hears knocks.

/** Puts the socket in the meeting's lobby and knocks on its hosts' door. */
export async function waitInLobby(ctx: SocketContext, payload: JoinPayload): Promise<LobbyWait> {
  const { io, socket } = ctx;
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
  return { waiting: true, hostPresent: await isHostPresent(io, code) };
}

export async function leaveLobby({ io, socket }: SocketContext): Promise<void> {
  const code = socket.data.waitingFor;
  if (!code) return;
  delete socket.data.waitingFor;
  socket.leave(lobbyFor(code));
  io.to(hostsFor(code)).emit('lobby:left', { id: socket.id });
}

/** Everyone waiting in the meeting's lobby, on any process. */
export async function knockingIn(io: HuddleServer, code: string): Promise<Participant[]> {
  const waiting = await io.in(lobbyFor(code)).fetchSockets();
  return waiting.map((socket) => toParticipant(socket.id, socket.data));
}

export async function isHostPresent(io: HuddleServer, code: string): Promise<boolean> {
  return (await io.in(hostsFor(code)).fetchSockets()).length > 0;
}

export function announceHostPresence(io: HuddleServer, code: string, hostPresent: boolean): void {
  io.to(lobbyFor(code)).emit('lobby:status', { hostPresent });
}
