import { ChevronDown, History, House, KeyRound, LogOut } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { User } from '@huddle/contract';
import { Avatar } from '../../components/ui/Avatar';
import { Spinner } from '../../components/ui/Spinner';
import { VisuallyHidden } from '../../components/ui/VisuallyHidden';
import { paths } from '../../config/paths';
import { useSession } from '../../lib/session';
import styles from './UserMenu.module.css';

export function UserMenu({ user }: { user: User }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      triggerRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const onSignOut = async () => {
    setSigningOut(true);
    await signOut().catch(() => undefined);
    navigate(paths.landing, { replace: true });
  };

  return (
    <div
      ref={wrapperRef}
      className={styles.wrapper}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <Avatar name={user.name} size="sm" />
        {/* The visible name is the accessible name too (WCAG 2.5.3), so voice users can say it. */}
        <span className={styles.triggerName}>{user.name}</span>
        {/* Phones have no room for the name: it stays in the accessible name only. */}
        <VisuallyHidden className={styles.mobileOnly}>{user.name}</VisuallyHidden>
        <VisuallyHidden>, account menu</VisuallyHidden>
        <ChevronDown className={styles.chevron} aria-hidden="true" />
      </button>
      {open && (
        <div id={panelId} className={styles.panel}>
          <div className={styles.identity}>
            <Avatar name={user.name} />
            <div className={styles.identityText}>
              <p className={styles.name}>{user.name}</p>
              <p className={styles.username}>@{user.username}</p>
            </div>
          </div>
          <ul className={styles.list}>
            <li className={styles.mobileOnly}>
              <Link className={styles.item} to={paths.home} onClick={() => setOpen(false)}>
                <House aria-hidden="true" /> Home
              </Link>
            </li>
            <li className={styles.mobileOnly}>
              <Link className={styles.item} to={paths.history} onClick={() => setOpen(false)}>
                <History aria-hidden="true" /> History
              </Link>
            </li>
            <li>
              <Link className={styles.item} to={paths.account} onClick={() => setOpen(false)}>
                <KeyRound aria-hidden="true" /> Account
              </Link>
            </li>
            <li>
              <button
                type="button"
                className={styles.item}
                onClick={onSignOut}
                disabled={signingOut}
              >
                {signingOut ? <Spinner size="inline" /> : <LogOut aria-hidden="true" />}
                {signingOut ? 'Signing out…' : 'Sign out'}
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
