import type { ReactNode } from 'react';
import { Page } from '../../../components/Page';
import { PageHeading } from '../../../components/PageHeading';
import { useSession } from '../../../lib/session';
import styles from './HomePage.module.css';

function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

interface HomePageProps {
  /** The cards side by side under the greeting: start a meeting, join one. */
  children: ReactNode;
  /** The list of meetings below the cards. */
  recentMeetings: ReactNode;
}

export function HomePage({ children, recentMeetings }: HomePageProps) {
  const { user } = useSession();
  const firstName = user?.name.trim().split(/\s+/)[0];

  return (
    <Page>
      <PageHeading
        title={`${greeting(new Date().getHours())}${firstName ? `, ${firstName}` : ''}`}
        subtitle="Start a meeting or join one with its code."
      />
      <div className={styles.cards}>{children}</div>
      {recentMeetings}
    </Page>
  );
}
