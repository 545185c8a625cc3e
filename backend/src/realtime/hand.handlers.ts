import { forbidden } from '../errors/AppError.js';
import { handRaisePayloadSchema } from '@huddle/contract';
import { findTarget, requireHost } from './control.js';
import { setHand } from './effects.js';
import { defineHandler } from './handler.js';
import { currentMeeting } from './membership.js';
import { roomFor } from './rooms.js';

/** Anyone raises or lowers their own hand; hosts and co-hosts may lower anyone's. */
const raise = defineHandler('hand:raise', handRaisePayloadSchema, async (ctx, { raised, id }) => {
  const code = currentMeeting(ctx);
  if (id === undefined || id === ctx.socket.id) {
    setHand(ctx, code, raised);
    return {};
  }
  if (raised) throw forbidden('Only participants raise their own hands.');
  requireHost(ctx);
  await findTarget(ctx, id, roomFor(code));
  ctx.commands.dispatch({ type: 'lowerHand', code, id });
  return {};
});

export const handHandlers = [raise];
