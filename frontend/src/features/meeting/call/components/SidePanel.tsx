import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { IconButton } from '../../../../components/ui/IconButton';
import styles from './SidePanel.module.css';

export interface SidePanelProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/** Beside the videos on wide screens, over them on phones; Escape closes it. */
export function SidePanel({ title, onClose, children, testId }: SidePanelProps) {
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);

  // Focus moves into the panel, and back to whatever opened it when it closes, unless the
  // user already moved on (switching panels focuses the other toggle first).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = panel.current;
    element?.focus();
    return () => {
      const active = document.activeElement;
      if (!active || active === document.body || element?.contains(active)) opener?.focus();
    };
  }, []);

  return (
    <aside
      ref={panel}
      className={styles.panel}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        <IconButton label={`Close ${title.toLowerCase()}`} icon={<X />} onClick={onClose} />
      </header>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
