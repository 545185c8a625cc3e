import type { ChatMessage } from '@huddle/contract';

export function isOwnMessage(
  message: ChatMessage,
  selfIds: readonly string[],
  sentIds: ReadonlySet<string>,
): boolean {
  return sentIds.has(message.id) || (!!message.sender.id && selfIds.includes(message.sender.id));
}
