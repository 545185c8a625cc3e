import styles from './GuestBadge.module.css';

/**
 * Marks a guest beside their name: a guest picks any name (even a member's), so wherever a
 * name is shown, whether its owner signed in must be too.
 */
export function GuestBadge() {
  return (
    <span className={styles.badge} data-testid="guest-badge">
      Guest
    </span>
  );
}
