import { useCallback, useMemo, useState } from 'react';
import { Spinner } from '../../../components/ui/Spinner';
import { useSession } from '../../../lib/session';
import type { SocketIdentity } from '../../../lib/socket';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useLocalMedia } from '../hooks/useLocalMedia';
import { useMeetingInfo } from '../hooks/useMeetingInfo';
import { useMeetingRoom } from '../call/hooks/useMeetingRoom';
import { useScreenShare } from '../call/hooks/useScreenShare';
import { saveGuestName } from '../utils/guestName';
import { CallView } from '../call/components/CallView';
import { LeftScreen } from './LeftScreen';
import { MeetingOverScreen, type MeetingOver } from './MeetingOverScreen';
import { MeetingLoadError, MeetingNotFound } from './MeetingUnavailable';
import { MeetingShell } from './MeetingShell';
import { PreJoin } from '../prejoin/components/PreJoin';
import { WaitingScreen } from './WaitingScreen';
import styles from './MeetingPage.module.css';

/** Join errors that mean the meeting is over for us rather than a problem to retry. */
const OVER_BY_JOIN_ERROR: Record<string, MeetingOver> = {
  MEETING_ENDED: 'ended',
  FORBIDDEN: 'removed',
};

/**
 * The page of one meeting: pre-join, the waiting room, the call, and the screens after it
 * (left, ended, removed, not let in).
 */
export function MeetingPage({ code }: { code: string }) {
  const info = useMeetingInfo(code);
  const { status, user, homePath, getAccessToken } = useSession();
  const [left, setLeft] = useState(false);
  const ended = info.status === 'ready' && info.meeting.endedAt !== null;
  const media = useLocalMedia(info.status === 'ready' && !ended && !left);
  const screen = useScreenShare();
  const { audio, video } = media.on;
  const sharing = screen.track !== null;
  const mediaState = useMemo(() => ({ audio, video, screen: sharing }), [audio, video, sharing]);
  const stopScreen = screen.stop;
  // Put out by the meeting: camera, microphone and screen go as when leaving.
  const onExit = useCallback(() => {
    stopScreen();
    setLeft(true);
  }, [stopScreen]);
  const room = useMeetingRoom(code, mediaState, onExit);
  const joinRoom = room.join;
  useDocumentTitle(info.status === 'ready' ? info.meeting.title || code : 'Meeting');

  const join = useCallback(
    (guestName: string | null) => {
      let identity: SocketIdentity;
      if (user || !guestName) {
        identity = { kind: 'member', getAccessToken };
      } else {
        saveGuestName(guestName);
        identity = { kind: 'guest', name: guestName };
      }
      joinRoom(identity);
    },
    [user, getAccessToken, joinRoom],
  );

  const leave = () => {
    screen.stop();
    setLeft(true);
    void room.leave();
  };

  const over: MeetingOver | null =
    room.exit ??
    (ended ? 'ended' : null) ??
    (room.error ? (OVER_BY_JOIN_ERROR[room.error.code] ?? null) : null);

  const inCall =
    room.session !== null && (room.status === 'joined' || room.status === 'reconnecting');
  return (
    <MeetingShell homePath={homePath} fullscreen={inCall && !left}>
      {renderContent()}
    </MeetingShell>
  );

  function renderContent() {
    if (info.status === 'loading' || status === 'loading') {
      return (
        <div className={styles.center}>
          <Spinner size="lg" label="Loading the meeting" />
        </div>
      );
    }
    if (info.status === 'not-found') return <MeetingNotFound code={code} homePath={homePath} />;
    if (info.status === 'error') {
      return <MeetingLoadError message={info.message} homePath={homePath} onRetry={info.retry} />;
    }
    if (over) {
      const detail = room.exit === 'denied' ? room.error?.message : undefined;
      return <MeetingOverScreen reason={over} homePath={homePath} detail={detail} />;
    }
    if (left) return <LeftScreen homePath={homePath} onRejoin={() => setLeft(false)} />;
    if (room.status === 'waiting') {
      return (
        <WaitingScreen
          title={info.meeting.title || code}
          hostPresent={room.hostPresent}
          onCancel={leave}
        />
      );
    }
    if (inCall && room.session) {
      return (
        <CallView
          meeting={info.meeting}
          room={room}
          session={room.session}
          media={media}
          mediaState={mediaState}
          screen={screen}
          onLeave={leave}
        />
      );
    }
    return (
      <PreJoin
        meeting={info.meeting}
        media={media}
        user={user}
        joining={room.status === 'connecting'}
        error={room.error}
        onJoin={join}
      />
    );
  }
}
