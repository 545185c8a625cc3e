import { Video } from 'lucide-react';
import { meetingPath } from '../../../config/paths';
import type { ActivityItem } from '@huddle/contract';
import { activityTitle } from '../api/activity';
import { cx } from '../../../lib/cx';
import { formatDay, formatDuration, formatTime } from '../../../lib/format';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import styles from './ActivityRow.module.css';

/** One meeting a user joined, with a way back into it. Render inside a <ul>. */
export function ActivityRow({ item }: { item: ActivityItem }) {
  const title = activityTitle(item);
  const duration = formatDuration(item.joinedAt, item.leftAt);
  const name = title ?? `meeting ${item.meetingCode}`;

  return (
    <li className={styles.row}>
      <span className={styles.icon} aria-hidden="true">
        <Video />
      </span>
      <div className={styles.body}>
        <p className={cx(styles.title, !title && styles.untitled)}>{title ?? 'Untitled meeting'}</p>
        <p className={styles.meta}>
          <span className={styles.code}>{item.meetingCode}</span>
          <time className={styles.separated} dateTime={item.joinedAt}>
            {formatDay(item.joinedAt)}, {formatTime(item.joinedAt)}
          </time>
          {duration && <span className={styles.separated}>{duration}</span>}
        </p>
      </div>
      <ButtonLink
        to={meetingPath(item.meetingCode)}
        variant="secondary"
        size="sm"
        aria-label={`Rejoin ${name}`}
      >
        Rejoin
      </ButtonLink>
    </li>
  );
}
