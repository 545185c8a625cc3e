import type { ReactNode } from 'react';
import { Logo } from '../../../components/Logo';
import styles from './MeetingPage.module.css';

export interface MeetingShellProps {
  homePath: string;
  /** The call fills the screen; the other screens keep a slim header with the logo. */
  fullscreen: boolean;
  children: ReactNode;
}

export function MeetingShell({ homePath, fullscreen, children }: MeetingShellProps) {
  return (
    <div className={styles.shell}>
      {!fullscreen && (
        <header className={styles.header}>
          <Logo to={homePath} />
        </header>
      )}
      <main id="main" className={styles.main}>
        {children}
      </main>
    </div>
  );
}
