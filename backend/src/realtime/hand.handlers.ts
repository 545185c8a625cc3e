import { forbidden } from '../errors/AppError.js';
import { handRaisePayloadSchema } from '@huddle/contract';
import { findTarget, requireHost } from './control.js';
import { setHand } from './effects.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { roomFor } from './rooms.js';
import type { SocketContext } from './types.js';

export function registerHandHandlers(ctx: SocketContext): void {
  onRaise(ctx);
}

/** Anyone raises or lowers their own hand; hosts and co-hosts may lower anyone's. */
function onRaise(ctx: SocketContext): void {
  const { socket } = ctx;
  defineHandler(ctx, 'hand:raise', handRaisePayloadSchema, async ({ raised, id }) => {
    const code = currentMeeting(ctx);
    if (id === undefined || id === socket.id) {
      setHand(ctx, code, raised);
      return {};
    }
    if (raised) throw forbidden('Only participants raise their own hands.');
    requireHost(ctx);
    await findTarget(ctx, id, roomFor(code));
    ctx.commands.dispatch({ type: 'lowerHand', code, id });
    return {};
  });
}
