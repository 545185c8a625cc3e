import { chatHandlers } from './chat.handlers.js';
import { controlHandlers } from './control.handlers.js';
import { handHandlers } from './hand.handlers.js';
import type { EventHandler } from './handler.js';
import { lobbyHandlers } from './lobby.handlers.js';
import { mediaHandlers } from './media.handlers.js';
import { meetingHandlers } from './meeting.handlers.js';
import { reactionHandlers } from './reaction.handlers.js';
import { sessionHandlers } from './session.handlers.js';
import { signalHandlers } from './signal.handlers.js';

/** The handler of every client event, by domain. */
export const allHandlers: readonly EventHandler[] = [
  ...sessionHandlers,
  ...meetingHandlers,
  ...chatHandlers,
  ...signalHandlers,
  ...mediaHandlers,
  ...controlHandlers,
  ...lobbyHandlers,
  ...handHandlers,
  ...reactionHandlers,
];
