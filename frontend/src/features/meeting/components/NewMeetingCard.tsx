import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Card } from '../../../components/ui/Card';
import { TextField } from '../../../components/ui/TextField';
import { toFormErrors } from '../../../lib/formErrors';
import { MEETING_TITLE_MAX } from '@huddle/contract';
import { useStartMeeting } from '../hooks/useStartMeeting';
import styles from './EntryCard.module.css';

const FIELDS = ['title'] as const;

export function NewMeetingCard() {
  const [title, setTitle] = useState('');
  const { start, pending, error } = useStartMeeting();
  const { fields, form } = error ? toFormErrors(error, FIELDS) : { fields: {}, form: null };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start(title);
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
          error={fields.title ?? null}
          onChange={(event) => setTitle(event.target.value)}
        />
        {form && <Alert tone="error">{form}</Alert>}
        <Button type="submit" size="lg" loading={pending} leadingIcon={<Plus />}>
          {pending ? 'Creating…' : 'New meeting'}
        </Button>
      </form>
    </Card>
  );
}
