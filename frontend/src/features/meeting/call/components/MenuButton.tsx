import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { IconButton, type IconButtonProps } from '../../../../components/ui/IconButton';
import { cx } from '../../../../lib/cx';
import styles from './MenuButton.module.css';

export interface MenuButtonProps extends Pick<
  IconButtonProps,
  'label' | 'icon' | 'variant' | 'size'
> {
  /** The menu's buttons. */
  children: ReactNode;
  /** Whether choosing a button closes the menu (focus goes back to the menu's button). */
  closeOnSelect?: boolean;
  /**
   * Where the menu opens: floating above or below its button, or `inline`, in the flow of a
   * wrapping flex row (inside a scrolling list, where a floating menu would be clipped).
   */
  placement?: 'above' | 'below' | 'inline';
  className?: string;
  testId?: string;
}

/**
 * A button that shows a small menu of buttons (a disclosure): Tab moves through them, Escape
 * or a click elsewhere closes it and focus returns to the button.
 */
export function MenuButton({
  children,
  placement = 'above',
  closeOnSelect = true,
  className,
  testId,
  ...button
}: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    root.current?.querySelector<HTMLElement>('[data-menu] button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={root}
      className={cx(styles.root, placement === 'inline' && styles.inlineRoot, className)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <IconButton
        {...button}
        ref={trigger}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={testId}
        onClick={() => setOpen((current) => !current)}
      />
      {open && (
        <div
          id={menuId}
          role="group"
          aria-label={button.label}
          data-menu
          className={cx(styles.menu, styles[placement])}
          onClick={(event) => {
            if (closeOnSelect && (event.target as Element).closest('button')) close();
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}
