import type { ChatMessage } from '@huddle/contract';
import type { FailedMessage } from '../hooks/useChat';
import { ChatComposer } from './ChatComposer';
import { ChatMessageList } from './ChatMessageList';
import styles from './ChatPanel.module.css';

export interface ChatPanelProps {
  messages: ChatMessage[];
  isOwn: (message: ChatMessage) => boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  failed: FailedMessage[];
  onRetry: (id: string) => void;
  onSend: (text: string) => void;
  disabled?: boolean;
}

export function ChatPanel({ onSend, disabled, ...list }: ChatPanelProps) {
  return (
    <div className={styles.panel} data-testid="chat-panel">
      <ChatMessageList {...list} />
      <ChatComposer onSend={onSend} disabled={disabled} />
    </div>
  );
}
