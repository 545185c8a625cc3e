import { joinPayloadSchema, leavePayloadSchema } from '@huddle/contract';
import { checkAdmission } from '../services/meetingControl.service.js';
import { defineHandler } from './handler.js';
import { waitInLobby } from './lobby.js';
import { joinMeeting, leaveMeeting } from './membership.js';
import type { SocketContext } from './types.js';

export function registerMeetingHandlers(ctx: SocketContext): void {
  onJoin(ctx);
  onLeave(ctx);
}

/** Whoever the lobby holds back waits there; a socket already in this meeting stays admitted. */
function onJoin(ctx: SocketContext): void {
  const { socket } = ctx;
  defineHandler(ctx, 'meeting:join', joinPayloadSchema, async (payload) => {
    const admission = checkAdmission(await ctx.deps.meetings.find(payload.code), socket.data);
    if (admission.mustWait && socket.data.meetingCode !== payload.code) {
      await leaveMeeting(ctx);
      return waitInLobby(ctx, payload);
    }
    return joinMeeting(ctx, payload, admission);
  });
}

function onLeave(ctx: SocketContext): void {
  defineHandler(ctx, 'meeting:leave', leavePayloadSchema, async () => {
    await leaveMeeting(ctx);
    return {};
  });
}
