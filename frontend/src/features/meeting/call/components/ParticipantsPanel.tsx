import { Hand, MicOff, MonitorUp, VideoOff } from 'lucide-react';
import { byRaisedHand, type Participant, type Role } from '@huddle/contract';
import { Avatar } from '../../../../components/ui/Avatar';
import type { MeetingControls } from '../hooks/useMeetingControls';
import { GuestBadge } from './GuestBadge';
import { ParticipantMenu } from './ParticipantMenu';
import styles from './ParticipantsPanel.module.css';

export interface ParticipantsPanelProps {
  self: Participant;
  participants: Participant[];
  host: MeetingControls['host'];
}

const ROLE_NOTES: Record<Role, string | null> = {
  host: 'Host',
  cohost: 'Co-host',
  participant: null,
};

export function ParticipantsPanel({ self, participants, host }: ParticipantsPanelProps) {
  const everyone = [self, ...participants].sort(byRaisedHand);
  const hosting = self.role !== 'participant';
  return (
    <ul className={styles.list} aria-label={`${everyone.length} in the call`}>
      {everyone.map((person) => {
        const isSelf = person.id === self.id;
        const notes = [isSelf ? 'You' : null, ROLE_NOTES[person.role]].filter(Boolean);
        return (
          <li key={person.id} className={styles.item} data-testid="participant-item">
            <Avatar name={person.name} size="md" />
            <span className={styles.who}>
              <span className={styles.name}>
                {person.name}
                {notes.length > 0 && <span className={styles.note}> · {notes.join(' · ')}</span>}
              </span>
              {person.isGuest && <GuestBadge />}
            </span>
            <span className={styles.states}>
              {person.handRaised && (
                <Hand aria-label="Hand raised" role="img" className={styles.hand} />
              )}
              {person.screen && <MonitorUp aria-label="Presenting" role="img" />}
              {!person.video && <VideoOff aria-label="Camera off" role="img" />}
              {!person.audio && <MicOff aria-label="Microphone off" role="img" />}
            </span>
            {hosting && !isSelf && (
              <ParticipantMenu person={person} viewerRole={self.role} host={host} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
