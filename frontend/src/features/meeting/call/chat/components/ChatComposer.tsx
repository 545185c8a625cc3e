import { SendHorizontal } from 'lucide-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CHAT_TEXT_MAX } from '@huddle/contract';
import { IconButton } from '../../../../../components/ui/IconButton';
import styles from './ChatPanel.module.css';

export interface ChatComposerProps {
  /** A message that fails is listed with a Retry, so the box is cleared either way. */
  onSend: (text: string) => void;
  disabled?: boolean;
}

/** Enter sends, Shift+Enter starts a new line. */
export function ChatComposer({ onSend, disabled = false }: ChatComposerProps) {
  const [text, setText] = useState('');

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    setText('');
    onSend(trimmed);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  return (
    <form className={styles.composer} onSubmit={onSubmit}>
      <div className={styles.composerRow}>
        <textarea
          className={styles.input}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          maxLength={CHAT_TEXT_MAX}
          rows={1}
          placeholder="Send a message"
          aria-label="Message"
          disabled={disabled}
        />
        <IconButton
          type="submit"
          label="Send message"
          icon={<SendHorizontal />}
          variant="primary"
          disabled={disabled || text.trim() === ''}
        />
      </div>
    </form>
  );
}
