import { useState, type FormEvent } from 'react';
import { DISPLAY_NAME_MAX, type Meeting, type User } from '@huddle/contract';
import { Alert } from '../../../../components/ui/Alert';
import { Button } from '../../../../components/ui/Button';
import { TextField } from '../../../../components/ui/TextField';
import type { RealtimeError } from '../../../../lib/socket';
import { useInputDevices } from '../hooks/useInputDevices';
import type { LocalMedia } from '../../hooks/useLocalMedia';
import { loadGuestName } from '../../utils/guestName';
import { DeviceSelect } from './DeviceSelect';
import { JoinError } from './JoinError';
import { MediaIssues } from './MediaIssues';
import { MediaPreview } from './MediaPreview';
import styles from './PreJoin.module.css';

export interface PreJoinProps {
  meeting: Meeting;
  media: LocalMedia;
  user: User | null;
  joining: boolean;
  error: RealtimeError | null;
  onJoin: (guestName: string | null) => void;
}

export function PreJoin({ meeting, media, user, joining, error, onJoin }: PreJoinProps) {
  const [guestName, setGuestName] = useState(loadGuestName);
  const [nameError, setNameError] = useState<string | null>(null);
  // Labels are only filled in once access was granted, so the lists wait for the media.
  const devices = useInputDevices(media.ready);
  const displayName = user?.name ?? guestName.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (user) return onJoin(null);
    const name = guestName.trim();
    if (name.length < 1 || name.length > DISPLAY_NAME_MAX) {
      setNameError(
        `Enter a name of 1 to ${DISPLAY_NAME_MAX} characters so others know who you are.`,
      );
      return;
    }
    setNameError(null);
    onJoin(name);
  };

  const selectedId = (kind: 'audio' | 'video') => media.tracks[kind]?.getSettings().deviceId;

  return (
    <div className={styles.page} data-testid="prejoin">
      <MediaPreview media={media} name={displayName} />
      <MediaIssues issues={media.issues} className={styles.issues} />
      <form className={styles.join} onSubmit={submit} noValidate>
        <h1 className={styles.heading}>Ready to join?</h1>
        <p className={styles.meeting}>
          <span className={styles.title}>{meeting.title || 'Huddle meeting'}</span>
          <span className={styles.code}>{meeting.code}</span>
        </p>
        {user ? (
          <p className={styles.identity}>
            Joining as <strong>{user.name}</strong>
          </p>
        ) : (
          <TextField
            label="Your name"
            value={guestName}
            onChange={(event) => setGuestName(event.target.value)}
            maxLength={DISPLAY_NAME_MAX}
            autoComplete="name"
            error={nameError}
            hint="Shown to everyone in the meeting."
            required
          />
        )}
        {error && <JoinError error={error} />}
        <Button type="submit" size="lg" fullWidth loading={joining}>
          {joining ? 'Joining…' : 'Join now'}
        </Button>
        {meeting.endedAt && (
          <Alert tone="info">
            This meeting was ended by its host, but you can still meet here.
          </Alert>
        )}
      </form>
      <div className={styles.devices}>
        <DeviceSelect
          kind="audio"
          devices={devices.audioInputs}
          value={selectedId('audio')}
          onChange={(id) => media.selectDevice('audio', id)}
        />
        <DeviceSelect
          kind="video"
          devices={devices.videoInputs}
          value={selectedId('video')}
          onChange={(id) => media.selectDevice('video', id)}
        />
      </div>
    </div>
  );
}
