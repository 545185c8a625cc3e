import { useEffect } from 'react';
import { Alert } from '../../../../components/ui/Alert';
import { Button } from '../../../../components/ui/Button';
import { Spinner } from '../../../../components/ui/Spinner';
import styles from './CallView.module.css';

export interface CallBannersProps {
  reconnecting: boolean;
  soundBlocked: boolean;
  onEnableSound: () => void;
  screenError: string | null;
  notice: string | null;
  onDismissNotice: () => void;
}

const NOTICE_MS = 4000;

export function CallBanners(props: CallBannersProps) {
  const { notice, onDismissNotice } = props;

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismissNotice]);

  return (
    <div className={styles.banners}>
      {props.reconnecting && (
        <Alert
          tone="warning"
          title="Connection lost"
          action={<Spinner size="inline" />}
          data-testid="reconnecting-banner"
        >
          Reconnecting to the meeting…
        </Alert>
      )}
      {props.soundBlocked && (
        <Alert
          tone="info"
          action={
            <Button size="sm" onClick={props.onEnableSound}>
              Turn on sound
            </Button>
          }
        >
          Your browser paused the call's sound.
        </Alert>
      )}
      {props.screenError && <Alert tone="error">{props.screenError}</Alert>}
      <div className={styles.toast} role="status" aria-live="polite" data-testid="call-notice">
        {notice}
      </div>
    </div>
  );
}
