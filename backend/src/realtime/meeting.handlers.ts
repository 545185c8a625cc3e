import { joinPayloadSchema, leavePayloadSchema } from '@huddle/contract';
import { defineHandler } from './handler.js';
import { joinMeeting, leaveMeeting } from './membership.js';
import type { SocketContext } from './types.js';

export function registerMeetingHandlers(ctx: SocketContext): void {
  onJoin(ctx);
  onLeave(ctx);
}

function onJoin(ctx: SocketContext): void {
  defineHandler(ctx, 'meeting:join', joinPayloadSchema, (payload) => joinMeeting(ctx, payload));
}

function onLeave(ctx: SocketContext): void {
  defineHandler(ctx, 'meeting:leave', leavePayloadSchema, async () => {
    await leaveMeeting(ctx);
    return {};
  });
}
