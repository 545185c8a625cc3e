import { useCallback, useEffect, useRef, useState } from 'react';
import { CHAT_PAGE_SIZE, type ChatMessage, type ServerToClientEvents } from '@huddle/contract';
import { request, type HuddleSocket } from '../../../../../lib/socket';
import { isOwnMessage } from '../utils/isOwnMessage';
import { mergeMessages } from '../utils/mergeMessages';
import { newMessageKey } from '../utils/messageKey';

export interface ChatOptions {
  socket: HuddleSocket | null;
  /** Messages from the latest join ack; a rejoin merges its copy in. */
  initialMessages: ChatMessage[] | null;
  /** Our user id, which marks a message as ours; a guest has none and knows its own as sent. */
  selfId: string | null;
  open: boolean;
}

/** A message the server did not take (no connection, the database away), kept for a retry. */
export interface FailedMessage {
  id: string;
  text: string;
  reason: string;
  /** Sent again with the retry, so that a message the server stored after all is not doubled. */
  clientId: string;
}

export interface Chat {
  messages: ChatMessage[];
  failed: FailedMessage[];
  unread: number;
  hasOlder: boolean;
  loadingOlder: boolean;
  isOwn: (message: ChatMessage) => boolean;
  /** Never rejects: a message that fails is listed in `failed`. */
  send: (text: string) => Promise<void>;
  retry: (id: string) => Promise<void>;
  loadOlder: () => Promise<void>;
}

export function useChat({ socket, initialMessages, selfId, open }: ChatOptions): Chat {
  const [messages, setMessages] = useState(() => mergeMessages([], initialMessages ?? []));
  const [mergedInitial, setMergedInitial] = useState(initialMessages);
  const [unread, setUnread] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  const [hasOlder, setHasOlder] = useState(() => (initialMessages?.length ?? 0) >= CHAT_PAGE_SIZE);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [sentIds, setSentIds] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<FailedMessage[]>([]);
  const failures = useRef(0);
  const live = useRef({ open, selfId, sentIds });

  useEffect(() => {
    live.current = { open, selfId, sentIds };
  }, [open, selfId, sentIds]);

  const isOwn = useCallback(
    (message: ChatMessage) => isOwnMessage(message, selfId, sentIds),
    [sentIds, selfId],
  );

  // Adjusting state to new props during render, as React recommends over an effect.
  if (initialMessages !== mergedInitial) {
    setMergedInitial(initialMessages);
    if (initialMessages) setMessages((current) => mergeMessages(current, initialMessages));
  }
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setUnread(0);
  }

  useEffect(() => {
    if (!socket) return;
    const onMessage: ServerToClientEvents['chat:message'] = ({ message }) => {
      setMessages((current) => mergeMessages(current, [message]));
      const { open: isOpen, selfId: id, sentIds: sent } = live.current;
      if (!isOpen && !isOwnMessage(message, id, sent)) setUnread((count) => count + 1);
    };
    socket.on('chat:message', onMessage);
    return () => {
      socket.off('chat:message', onMessage);
    };
  }, [socket]);

  const sendKeyed = useCallback(
    async (text: string, clientId: string) => {
      try {
        if (!socket?.connected) throw new Error('You are not connected.');
        const { message } = await request(socket, 'chat:send', { text, clientId });
        setSentIds((current) => new Set(current).add(message.id));
        setMessages((current) => mergeMessages(current, [message]));
      } catch (error) {
        failures.current += 1;
        const reason = error instanceof Error ? error.message : 'The message was not sent.';
        const failure = { id: `failed-${failures.current}`, text, reason, clientId };
        setFailed((current) => [...current, failure]);
      }
    },
    [socket],
  );

  const send = useCallback((text: string) => sendKeyed(text, newMessageKey()), [sendKeyed]);

  const retry = useCallback(
    async (id: string) => {
      const message = failed.find((candidate) => candidate.id === id);
      if (!message) return;
      setFailed((current) => current.filter((candidate) => candidate.id !== id));
      await sendKeyed(message.text, message.clientId);
    },
    [failed, sendKeyed],
  );

  const loadOlder = useCallback(async () => {
    const oldest = messages[0];
    if (!socket || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const { messages: older } = await request(
        socket,
        'chat:history',
        oldest ? { before: oldest.id } : {},
      );
      setMessages((current) => mergeMessages(current, older));
      // A page shorter than the server's means the start of the chat was reached.
      setHasOlder(older.length >= CHAT_PAGE_SIZE);
    } finally {
      setLoadingOlder(false);
    }
  }, [socket, messages, loadingOlder]);

  return { messages, failed, unread, hasOlder, loadingOlder, isOwn, send, retry, loadOlder };
}
