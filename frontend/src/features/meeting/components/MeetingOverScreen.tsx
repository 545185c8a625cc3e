import { Ban, DoorClosed, UserX } from 'lucide-react';
import type { ReactNode } from 'react';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { StatusScreen } from './StatusScreen';

export type MeetingOver = 'ended' | 'removed' | 'denied';

export interface MeetingOverScreenProps {
  reason: MeetingOver;
  homePath: string;
  /** Why admission failed, when it was not a host's refusal (the meeting filled up). */
  detail?: string;
}

const SCREENS: Record<MeetingOver, { icon: ReactNode; title: string; text: string }> = {
  ended: {
    icon: <DoorClosed />,
    title: 'This meeting has ended',
    text: 'The host ended the meeting for everyone.',
  },
  removed: {
    icon: <UserX />,
    title: 'You were removed from the meeting',
    text: 'A host removed you. You cannot rejoin this meeting.',
  },
  denied: {
    icon: <Ban />,
    title: 'You were not let in',
    text: 'A host declined your request to join.',
  },
};

/** The meeting is over for us: it ended, a host removed us, or did not let us in. */
export function MeetingOverScreen({ reason, homePath, detail }: MeetingOverScreenProps) {
  const screen = SCREENS[reason];
  return (
    <StatusScreen
      icon={screen.icon}
      title={screen.title}
      testId={`${reason}-screen`}
      actions={<ButtonLink to={homePath}>Return to home</ButtonLink>}
    >
      <p>{detail ?? screen.text}</p>
    </StatusScreen>
  );
}
