import { useLayoutEffect, useRef } from 'react';
import type { ChatMessage } from '@huddle/contract';
import { Button } from '../../../../../components/ui/Button';
import { formatTime } from '../../../../../lib/format';
import { GuestBadge } from '../../components/GuestBadge';
import type { FailedMessage } from '../hooks/useChat';
import { isGuestMessage } from '../utils/isGuestMessage';
import styles from './ChatPanel.module.css';

export interface ChatMessageListProps {
  messages: ChatMessage[];
  isOwn: (message: ChatMessage) => boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  failed: FailedMessage[];
  onRetry: (id: string) => void;
}

const STICK_TO_BOTTOM_PX = 80;

export function ChatMessageList({
  messages,
  isOwn,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  failed,
  onRetry,
}: ChatMessageListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const previous = useRef({ firstId: '', lastId: '', height: 0 });

  // Follow new messages only when already at the bottom; keep the view still when older
  // messages are prepended above it.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const first = messages[0]?.id ?? '';
    const last = messages[messages.length - 1]?.id ?? '';
    const before = previous.current;
    const wasNearBottom =
      before.height - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX;
    if (first !== before.firstId && last === before.lastId) {
      element.scrollTop += element.scrollHeight - before.height;
    } else if (last !== before.lastId && (wasNearBottom || before.lastId === '')) {
      element.scrollTop = element.scrollHeight;
    }
    previous.current = { firstId: first, lastId: last, height: element.scrollHeight };
  }, [messages]);

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} aria-label="Messages">
      {messages.length > 0 && hasOlder && (
        <Button variant="ghost" size="sm" loading={loadingOlder} onClick={onLoadOlder}>
          Load earlier messages
        </Button>
      )}
      {messages.length === 0 && failed.length === 0 ? (
        <p className={styles.empty}>
          No messages yet. Messages are visible to everyone in the call and kept with the meeting.
        </p>
      ) : (
        <div role="log" aria-live="polite" aria-label="Chat messages">
          <ol className={styles.list}>
            {messages.map((message) => (
              <li
                key={message.id}
                className={isOwn(message) ? `${styles.message} ${styles.own}` : styles.message}
                data-testid="chat-message"
              >
                <p className={styles.meta}>
                  <span className={styles.sender}>
                    {isOwn(message) ? 'You' : message.sender.name}
                  </span>
                  {isGuestMessage(message) && <GuestBadge />}
                  <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
                </p>
                <p className={styles.text}>{message.text}</p>
              </li>
            ))}
            {failed.map((message) => (
              <li
                key={message.id}
                className={`${styles.message} ${styles.own} ${styles.failed}`}
                data-testid="chat-failed"
              >
                <p className={styles.text}>{message.text}</p>
                <p className={styles.error} role="alert">
                  Not sent: {message.reason}
                </p>
                <Button variant="ghost" size="sm" onClick={() => onRetry(message.id)}>
                  Retry
                </Button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
