import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Card } from '../../../components/ui/Card';
import { TextField } from '../../../components/ui/TextField';
import { MEETING_TITLE_MAX } from '../../../lib/meetings';
import { useStartMeeting } from '../../../lib/useStartMeeting';
import styles from './HomePage.module.css';

export function NewMeetingCard() {
  const [title, setTitle] = useState('');
  const { start, pending, error } = useStartMeeting();
  const titleError = error?.details?.find((detail) => detail.path.endsWith('title'))?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void start(title);
  };

  return (
    <Card as="section" padding="lg" aria-labelledby="new-meeting-title">
      <h2 id="new-meeting-title" className={styles.cardTitle}>
        Start a meeting
      </h2>
      <p className={styles.cardText}>Get a link you can share, and go straight in.</p>
      <form className={styles.cardForm} onSubmit={onSubmit} noValidate>
        <TextField
          label="Title (optional)"
          placeholder="Weekly sync"
          maxLength={MEETING_TITLE_MAX}
          value={title}
          error={titleError ?? null}
          onChange={(event) => setTitle(event.target.value)}
        />
        {error && !titleError && <Alert tone="error">{error.message}</Alert>}
        <Button type="submit" size="lg" loading={pending} leadingIcon={<Plus />}>
          {pending ? 'Creating…' : 'New meeting'}
        </Button>
      </form>
    </Card>
  );
}
