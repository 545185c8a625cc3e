import { Card } from '../../../components/ui/Card';
import styles from './EntryCard.module.css';
import { JoinMeetingForm } from './JoinMeetingForm';

export function JoinMeetingCard() {
  return (
    <Card as="section" padding="lg" aria-labelledby="join-title">
      <h2 id="join-title" className={styles.cardTitle}>
        Join a meeting
      </h2>
      <p className={styles.cardText}>Enter the code, or paste the link you were sent.</p>
      <JoinMeetingForm className={styles.joinForm} />
    </Card>
  );
}
