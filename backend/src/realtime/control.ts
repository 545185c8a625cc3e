import { forbidden, notInMeeting } from '../errors/AppError.js';
import { isHostRole } from '../services/meetingControl.service.js';
import { findSocketInRoom, type FoundSocket } from './rooms.js';
import type { SocketContext } from './types.js';

/**
 * The caller's meeting, when the caller hosts it (host or co-host). The role was set from the
 * meeting document when the socket entered; a payload never names it. Anyone else: FORBIDDEN.
 */
export function requireHost({ socket }: SocketContext): string {
  const { role, meetingCode } = socket.data;
  if (!meetingCode || !isHostRole(role)) throw forbidden();
  return meetingCode;
}

/** The socket `id` in `room`; NOT_IN_MEETING when it is not there (or never was). */
export async function findTarget(
  { io }: SocketContext,
  id: string,
  room: string,
): Promise<FoundSocket> {
  const target = await findSocketInRoom(io, id, room);
  if (!target) throw notInMeeting('That person is not in your meeting.');
  return target;
}
