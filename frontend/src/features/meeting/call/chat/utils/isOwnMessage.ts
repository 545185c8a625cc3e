import type { ChatMessage } from '@huddle/contract';

export function isOwnMessage(
  message: ChatMessage,
  selfId: string | null,
  sentIds: ReadonlySet<string>,
): boolean {
  return sentIds.has(message.id) || (selfId !== null && message.sender.id === selfId);
}
