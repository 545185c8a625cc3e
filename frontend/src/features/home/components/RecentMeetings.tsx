import { History } from 'lucide-react';
import { Link } from 'react-router';
import { ActivityRow } from '../../../components/ActivityRow';
import { EmptyState } from '../../../components/EmptyState';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Card } from '../../../components/ui/Card';
import { Spinner } from '../../../components/ui/Spinner';
import { useActivityPages } from '../../../lib/useActivityPages';
import styles from './HomePage.module.css';

export function RecentMeetings() {
  const { items, initialLoading, error, retry } = useActivityPages(5);
  const ready = !initialLoading && !error;

  return (
    <section className={styles.recent} aria-labelledby="recent-title">
      <div className={styles.sectionHead}>
        <h2 id="recent-title" className={styles.sectionTitle}>
          Recent meetings
        </h2>
        {ready && items.length > 0 && (
          <Link to="/history" className={styles.seeAll}>
            See all history
          </Link>
        )}
      </div>
      {initialLoading && (
        <Card className={styles.loading}>
          <Spinner label="Loading recent meetings…" />
        </Card>
      )}
      {error && (
        <Alert
          tone="error"
          title="Could not load your recent meetings"
          action={
            <Button size="sm" variant="secondary" onClick={retry}>
              Retry
            </Button>
          }
        >
          {error.message}
        </Alert>
      )}
      {ready && (
        <Card padding="none">
          {items.length === 0 ? (
            <EmptyState icon={<History />} title="No meetings yet">
              Meetings you start or join will show up here.
            </EmptyState>
          ) : (
            <ul className={styles.list}>
              {items.map((item) => (
                <ActivityRow key={item.id} item={item} />
              ))}
            </ul>
          )}
        </Card>
      )}
    </section>
  );
}
