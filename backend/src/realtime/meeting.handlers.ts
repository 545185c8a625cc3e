import { joinPayloadSchema, leavePayloadSchema } from '@huddle/contract';
import { checkAdmission } from '../services/meetingControl.service.js';
import { defineHandler } from './handler.js';
import { waitInLobby } from './lobby.js';
import { joinMeeting, leaveMeeting } from './membership.js';

/** Whoever the lobby holds back waits there; a socket already in this meeting stays admitted. */
const join = defineHandler('meeting:join', joinPayloadSchema, async (ctx, payload) => {
  const { socket } = ctx;
  const admission = checkAdmission(await ctx.deps.meetings.find(payload.code), socket.data);
  if (admission.mustWait && socket.data.meetingCode !== payload.code) {
    await leaveMeeting(ctx);
    return waitInLobby(ctx, payload);
  }
  return joinMeeting(ctx, payload, admission);
});

const leave = defineHandler('meeting:leave', leavePayloadSchema, async (ctx) => {
  await leaveMeeting(ctx);
  return {};
});

export const meetingHandlers = [join, leave];
