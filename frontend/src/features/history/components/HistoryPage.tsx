import { History } from 'lucide-react';
import { ACTIVITY_PAGE_SIZE_DEFAULT } from '@huddle/contract';
import { paths } from '../../../config/paths';
import { ActivityList } from './ActivityList';
import { EmptyState } from '../../../components/EmptyState';
import { Page } from '../../../components/Page';
import { PageHeading } from '../../../components/PageHeading';
import { RetryAlert } from '../../../components/RetryAlert';
import { Button } from '../../../components/ui/Button';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { useActivityPages } from '../hooks/useActivityPages';
import styles from './HistoryPage.module.css';

export function HistoryPage() {
  const { items, nextCursor, initialLoading, loadingMore, error, loadMore, retry } =
    useActivityPages(ACTIVITY_PAGE_SIZE_DEFAULT);

  return (
    <Page width="narrow">
      <PageHeading
        title="Meeting history"
        subtitle="Every meeting you joined while signed in, newest first."
      />
      <ActivityList
        items={items}
        loading={initialLoading}
        error={error}
        onRetry={retry}
        busy={loadingMore}
        tall
        loadingLabel="Loading your history…"
        errorTitle="Could not load your history"
        empty={
          <EmptyState
            icon={<History />}
            title="No meetings yet"
            action={<ButtonLink to={paths.home}>Start a meeting</ButtonLink>}
          >
            When you join a meeting while signed in, it will be listed here.
          </EmptyState>
        }
      />
      {items.length > 0 && (
        <div className={styles.more}>
          {error && (
            <RetryAlert title="Could not load more meetings" onRetry={retry}>
              {error.message}
            </RetryAlert>
          )}
          {nextCursor && !error && (
            <Button variant="secondary" loading={loadingMore} onClick={loadMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </Button>
          )}
          {!nextCursor && <p className={styles.end}>That is everything.</p>}
        </div>
      )}
    </Page>
  );
}
