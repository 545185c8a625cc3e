import type { Participant } from '@huddle/contract';
import { Button } from '../../../../components/ui/Button';
import type { MeetingControls } from '../hooks/useMeetingControls';
import { guestLabel } from '../utils/guestLabel';
import { GuestBadge } from './GuestBadge';
import styles from './LobbyRequests.module.css';

export interface LobbyRequestsProps {
  knocking: Participant[];
  host: MeetingControls['host'];
}

const SHOWN = 3;

/** For hosts: who is waiting to be let in, each with Admit and Deny. */
export function LobbyRequests({ knocking, host }: LobbyRequestsProps) {
  const shown = knocking.slice(0, SHOWN);
  const more = knocking.length - shown.length;
  return (
    <section className={styles.requests} aria-label="People waiting to join" aria-live="polite">
      {shown.map((person) => {
        const who = guestLabel(person.name, person.isGuest);
        return (
          <div key={person.id} className={styles.request} data-testid="lobby-request">
            <p className={styles.text}>
              <strong>{person.name}</strong> {person.isGuest && <GuestBadge />} wants to join
            </p>
            <div className={styles.actions}>
              <Button
                size="sm"
                variant="secondary"
                aria-label={`Deny ${who}`}
                onClick={() => host.deny(person.id)}
              >
                Deny
              </Button>
              <Button size="sm" aria-label={`Admit ${who}`} onClick={() => host.admit(person.id)}>
                Admit
              </Button>
            </div>
          </div>
        );
      })}
      {more > 0 && <p className={styles.more}>and {more} more waiting</p>}
    </section>
  );
}
