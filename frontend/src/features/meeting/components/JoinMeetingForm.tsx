import { Keyboard } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { meetingPath } from '../../../config/paths';
import { cx } from '../../../lib/cx';
import { parseMeetingInput } from '../utils/meetingCode';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/TextField';
import styles from './JoinMeetingForm.module.css';

export interface JoinMeetingFormProps {
  hideLabel?: boolean;
  className?: string;
}

export function JoinMeetingForm({ hideLabel = false, className }: JoinMeetingFormProps) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = parseMeetingInput(value);
    if (!code) {
      setError('That is not a meeting code or link. Codes look like abc-defg-hij.');
      return;
    }
    navigate(meetingPath(code));
  };

  return (
    <form
      className={cx(styles.form, !hideLabel && styles.labelled, className)}
      onSubmit={onSubmit}
      noValidate
      aria-label="Join a meeting"
    >
      <TextField
        className={styles.field}
        label="Meeting code or link"
        hideLabel={hideLabel}
        placeholder="abc-defg-hij or link"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="go"
        leadingIcon={<Keyboard />}
        value={value}
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          if (error) setError(null);
        }}
      />
      <Button
        type="submit"
        variant="secondary"
        size="lg"
        className={styles.submit}
        disabled={!value.trim()}
      >
        Join
      </Button>
    </form>
  );
}
