import { MicOff, MonitorUp, VideoOff } from 'lucide-react';
import type { Participant } from '@huddle/contract';
import { Avatar } from '../../../../components/ui/Avatar';
import styles from './ParticipantsPanel.module.css';

export interface ParticipantsPanelProps {
  self: Participant;
  participants: Participant[];
}

export function ParticipantsPanel({ self, participants }: ParticipantsPanelProps) {
  const everyone = [self, ...participants];
  return (
    <ul className={styles.list} aria-label={`${everyone.length} in the call`}>
      {everyone.map((person) => {
        const isSelf = person.id === self.id;
        return (
          <li key={person.id} className={styles.item} data-testid="participant-item">
            <Avatar name={person.name} size="md" />
            <span className={styles.name}>
              {person.name}
              {isSelf && <span className={styles.note}> (You)</span>}
              {person.isGuest && <span className={styles.note}> · Guest</span>}
            </span>
            <span className={styles.states}>
              {person.screen && <MonitorUp aria-label="Presenting" role="img" />}
              {!person.video && <VideoOff aria-label="Camera off" role="img" />}
              {!person.audio && <MicOff aria-label="Microphone off" role="img" />}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
