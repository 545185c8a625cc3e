import { Mic, MessageSquare, MonitorUp, PhoneOff, Video } from 'lucide-react';
import { Avatar } from '../../../components/ui/Avatar';
import { cx } from '../../../lib/cx';
import styles from './CallPreview.module.css';

const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson'];

/** A static picture of a call, drawn with the call theme, for the landing page. */
export function CallPreview() {
  return (
    <div className={cx(styles.preview, 'theme-call')} aria-hidden="true">
      <div className={styles.grid}>
        {people.map((name, index) => (
          <div key={name} className={cx(styles.tile, index === 1 && styles.speaking)}>
            <Avatar name={name} size="lg" className={styles.avatar} />
            <span className={styles.name}>{name.split(' ')[0]}</span>
          </div>
        ))}
      </div>
      <div className={styles.controls}>
        <span className={styles.control}>
          <Mic />
        </span>
        <span className={styles.control}>
          <Video />
        </span>
        <span className={styles.control}>
          <MonitorUp />
        </span>
        <span className={styles.control}>
          <MessageSquare />
        </span>
        <span className={cx(styles.control, styles.leave)}>
          <PhoneOff />
        </span>
      </div>
    </div>
  );
}
