import { History } from 'lucide-react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { ActivityList } from './ActivityList';
import { EmptyState } from '../../../components/EmptyState';
import { useActivityPages } from '../hooks/useActivityPages';
import styles from './RecentMeetings.module.css';

export function RecentMeetings() {
  const { items, initialLoading, error, retry } = useActivityPages(5);

  return (
    <section className={styles.recent} aria-labelledby="recent-title">
      <div className={styles.sectionHead}>
        <h2 id="recent-title" className={styles.sectionTitle}>
          Recent meetings
        </h2>
        {items.length > 0 && (
          <Link to={paths.history} className={styles.seeAll}>
            See all history
          </Link>
        )}
      </div>
      <ActivityList
        items={items}
        loading={initialLoading}
        error={error}
        onRetry={retry}
        loadingLabel="Loading recent meetings…"
        errorTitle="Could not load your recent meetings"
        empty={
          <EmptyState icon={<History />} title="No meetings yet">
            Meetings you start or join will show up here.
          </EmptyState>
        }
      />
    </section>
  );
}
