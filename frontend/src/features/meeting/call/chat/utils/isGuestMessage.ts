import type { ChatMessage } from '@huddle/contract';

/** The server names a member sender by user id; a guest has none (see the contract). */
export function isGuestMessage(message: ChatMessage): boolean {
  return message.sender.id === undefined;
}
