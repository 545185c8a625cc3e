import { SendHorizontal } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CHAT_TEXT_MAX } from '@huddle/contract';
import { IconButton } from '../../../../../components/ui/IconButton';
import styles from './ChatPanel.module.css';

export interface ChatComposerProps {
  onSend: (text: string) => Promise<void>;
  disabled?: boolean;
}

/** Enter sends, Shift+Enter starts a new line. The text comes back if sending fails. */
export function ChatComposer({ onSend, disabled = false }: ChatComposerProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    setText('');
    setError(null);
    onSend(trimmed).catch((failure: unknown) => {
      setText((current) => current || trimmed);
      setError(failure instanceof Error ? failure.message : 'The message was not sent.');
    });
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
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
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
          aria-describedby={error ? errorId : undefined}
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
