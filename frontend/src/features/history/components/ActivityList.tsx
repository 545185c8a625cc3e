import type { ReactNode } from 'react';
import type { ActivityItem } from '@huddle/contract';
import type { ApiError } from '../../../lib/apiError';
import { cx } from '../../../lib/cx';
import { ActivityRow } from './ActivityRow';
import { RetryAlert } from '../../../components/RetryAlert';
import { Card } from '../../../components/ui/Card';
import { Spinner } from '../../../components/ui/Spinner';
import styles from './ActivityList.module.css';

export interface ActivityListProps {
  items: ActivityItem[];
  /** The first page is loading. */
  loading: boolean;
  /** Shown in place of the list while nothing has loaded; a later page's failure is the caller's. */
  error: ApiError | null;
  onRetry: () => void;
  loadingLabel: string;
  errorTitle: string;
  /** Shown in a card when there are no meetings, e.g. an EmptyState. */
  empty: ReactNode;
  /** More meetings are loading below the list (sets aria-busy). */
  busy?: boolean;
  /** A taller loading card, for a page that is mostly this list. */
  tall?: boolean;
}

/** Meetings a user joined: loading, failed with Retry, empty, or the list of rows. */
export function ActivityList({
  items,
  loading,
  error,
  onRetry,
  loadingLabel,
  errorTitle,
  empty,
  busy,
  tall = false,
}: ActivityListProps) {
  if (loading) {
    return (
      <Card className={cx(styles.loading, tall && styles.tall)}>
        <Spinner label={loadingLabel} />
      </Card>
    );
  }
  if (items.length === 0 && error) {
    return (
      <RetryAlert title={errorTitle} onRetry={onRetry}>
        {error.message}
      </RetryAlert>
    );
  }
  return (
    <Card padding="none">
      {items.length === 0 ? (
        empty
      ) : (
        <ul className={styles.list} aria-busy={busy}>
          {items.map((item) => (
            <ActivityRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </Card>
  );
}
