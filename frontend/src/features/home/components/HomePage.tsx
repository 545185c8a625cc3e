import { JoinMeetingForm } from '../../../components/JoinMeetingForm';
import { Page } from '../../../components/Page';
import { PageHeading } from '../../../components/PageHeading';
import { Card } from '../../../components/ui/Card';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import styles from './HomePage.module.css';
import { NewMeetingCard } from './NewMeetingCard';
import { RecentMeetings } from './RecentMeetings';

function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export default function HomePage() {
  useDocumentTitle('Home');
  const { user } = useSession();
  const firstName = user?.name.trim().split(/\s+/)[0];

  return (
    <Page>
      <PageHeading
        title={`${greeting(new Date().getHours())}${firstName ? `, ${firstName}` : ''}`}
        subtitle="Start a meeting or join one with its code."
      />
      <div className={styles.cards}>
        <NewMeetingCard />
        <Card as="section" padding="lg" aria-labelledby="join-title">
          <h2 id="join-title" className={styles.cardTitle}>
            Join a meeting
          </h2>
          <p className={styles.cardText}>Enter the code, or paste the link you were sent.</p>
          <JoinMeetingForm className={styles.joinForm} />
        </Card>
      </div>
      <RecentMeetings />
    </Page>
  );
}
