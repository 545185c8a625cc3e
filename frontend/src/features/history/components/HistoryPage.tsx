import { History } from 'lucide-react';
import { ActivityRow } from '../../../components/ActivityRow';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeading } from '../../../components/PageHeading';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { Card } from '../../../components/ui/Card';
import { Spinner } from '../../../components/ui/Spinner';
import { useActivityPages } from '../../../lib/useActivityPages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import styles from './HistoryPage.module.css';

export default function HistoryPage() {
  useDocumentTitle('History');
  const { items, nextCursor, initialLoading, loadingMore, error, loadMore, retry } =
    useActivityPages(20);

  const errorAlert = error && (
    <Alert
      tone="error"
      title={items.length ? 'Could not load more meetings' : 'Could not load your history'}
      action={
        <Button size="sm" variant="secondary" onClick={retry}>
          Retry
        </Button>
      }
    >
      {error.message}
    </Alert>
  );

  return (
    <div className={styles.page}>
      <PageHeading
        title="Meeting history"
        subtitle="Every meeting you joined while signed in, newest first."
      />

      {initialLoading ? (
        <Card className={styles.loading}>
          <Spinner label="Loading your history…" />
        </Card>
      ) : items.length === 0 ? (
        (errorAlert ?? (
          <Card padding="none">
            <EmptyState
              icon={<History />}
              title="No meetings yet"
              action={<ButtonLink to="/home">Start a meeting</ButtonLink>}
            >
              When you join a meeting while signed in, it will be listed here.
            </EmptyState>
          </Card>
        ))
      ) : (
        <>
          <Card padding="none">
            <ul className={styles.list} aria-busy={loadingMore}>
              {items.map((item) => (
                <ActivityRow key={item.id} item={item} />
              ))}
            </ul>
          </Card>
          <div className={styles.more}>
            {errorAlert}
            {nextCursor && !error && (
              <Button variant="secondary" loading={loadingMore} onClick={loadMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
            {!nextCursor && <p className={styles.end}>That is everything.</p>}
          </div>
        </>
      )}
    </div>
  );
}
