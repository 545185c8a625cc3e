import { ChatComposer } from './ChatComposer';
import { ChatMessageList, type ChatMessageListProps } from './ChatMessageList';
import styles from './ChatPanel.module.css';

export interface ChatPanelProps extends ChatMessageListProps {
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
