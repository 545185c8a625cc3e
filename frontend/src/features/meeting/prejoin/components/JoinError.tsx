import { Alert } from '../../../../components/ui/Alert';
import type { RealtimeError } from '../../../../lib/socket';

const messages: Record<string, { title: string; text: string }> = {
  MEETING_FULL: {
    title: 'This meeting is full',
    text: 'Calls are limited in size so that everyone gets good video. Try again when someone leaves.',
  },
  MEETING_NOT_FOUND: {
    title: 'This meeting no longer exists',
    text: 'Check the link or ask the host for a new one.',
  },
  MEETING_LOCKED: {
    title: 'This meeting is locked',
    text: 'A host has locked the meeting, so nobody new can join. Ask them to unlock it.',
  },
  UNAUTHORIZED: {
    title: 'Your session has ended',
    text: 'Sign in again, then rejoin the meeting.',
  },
  SESSION_EXPIRED: {
    title: 'Your session has ended',
    text: 'You were signed out, so you left the call. Sign in again, then rejoin the meeting.',
  },
  DATABASE_UNAVAILABLE: {
    title: 'Huddle is having trouble right now',
    text: 'We could not let you in because our storage is not answering. Try again in a minute.',
  },
};

export function JoinError({ error }: { error: RealtimeError }) {
  const known = messages[error.code];
  return (
    <Alert
      tone="error"
      title={known?.title ?? 'Could not join the meeting'}
      data-testid="join-error"
    >
      {known?.text ?? error.message}
    </Alert>
  );
}
