import { useCallback, useMemo, useState } from 'react';
import { useChat } from '../chat/hooks/useChat';
import { canShareScreen } from '../utils/mediaDisplay';
import type { Meeting } from '@huddle/contract';
import type { JoinedSession } from '../hooks/roomReducer';
import { useCallTiles } from '../hooks/useCallTiles';
import type { LocalMedia } from '../../hooks/useLocalMedia';
import type { MediaState, MeetingRoom } from '../hooks/useMeetingRoom';
import { useCallMedia } from '../hooks/useCallMedia';
import { useMeetingControls } from '../hooks/useMeetingControls';
import { useReactions } from '../hooks/useReactions';
import type { ScreenShare } from '../hooks/useScreenShare';
import { useSocketEvent } from '../hooks/useSocketEvent';
import { copyText, inviteLink } from '../utils/inviteLink';
import { CallBanners } from './CallBanners';
import { CallControls } from './CallControls';
import { CallPanels, type Panel } from './CallPanels';
import { LobbyRequests } from './LobbyRequests';
import { VideoGrid } from './VideoGrid';
import styles from './CallView.module.css';

export interface CallViewProps {
  meeting: Meeting;
  room: MeetingRoom;
  session: JoinedSession;
  media: LocalMedia;
  /** What the others are told about our microphone, camera and screen. */
  mediaState: MediaState;
  screen: ScreenShare;
  onLeave: () => void;
}

export function CallView({
  meeting,
  room,
  session,
  media,
  mediaState,
  screen,
  onLeave,
}: CallViewProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const sharing = mediaState.screen;

  const outgoing = useMemo(
    () => ({
      audio: media.tracks.audio,
      camera: media.tracks.video,
      screen: screen.track,
      on: { audio: mediaState.audio, video: mediaState.video },
    }),
    [media.tracks.audio, media.tracks.video, screen.track, mediaState.audio, mediaState.video],
  );
  const { remote, speakerId } = useCallMedia(room.socket, session, outgoing);
  const announced = room.self ?? session.self;
  const self = useMemo(() => ({ ...announced, ...mediaState }), [announced, mediaState]);
  const selfVideo = screen.track ?? media.tracks.video;
  const reactions = useReactions(room.socket);
  const tiles = useCallTiles(self, selfVideo, room.participants, remote, reactions);
  const controls = useMeetingControls(room.socket, setNotice);
  const hosting = self.role !== 'participant';

  // A host turned our microphone or camera off; we may turn it on again ourselves.
  useSocketEvent(room.socket, 'participant:muted', ({ kind, by }) => {
    if (media.on[kind]) media.toggle(kind);
    setNotice(`${by.name} turned off your ${kind === 'audio' ? 'microphone' : 'camera'}`);
  });

  const chat = useChat({
    socket: room.socket,
    initialMessages: session.messages,
    selfId: session.self.userId ?? null,
    open: panel === 'chat',
  });

  const togglePanel = (next: Exclude<Panel, null>) =>
    setPanel((current) => (current === next ? null : next));

  const copyInvite = async () => {
    const copied = await copyText(inviteLink(meeting.code));
    setNotice(copied ? 'Invite link copied' : `Share this link: ${inviteLink(meeting.code)}`);
  };

  const onAutoplayBlocked = useCallback(() => setSoundBlocked(true), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const enableSound = () => setSoundBlocked(false);

  return (
    <div className={styles.call} data-theme="call" data-testid="call">
      <h1 className="visuallyHidden">{meeting.title || 'Huddle meeting'}</h1>
      <CallBanners
        reconnecting={room.status === 'reconnecting'}
        soundBlocked={soundBlocked}
        onEnableSound={enableSound}
        screenError={screen.error}
        notice={notice}
        onDismissNotice={dismissNotice}
      />
      <div className={styles.stage}>
        <VideoGrid
          tiles={tiles}
          speakerId={speakerId}
          soundBlocked={soundBlocked}
          onAutoplayBlocked={onAutoplayBlocked}
        />
        {hosting && <LobbyRequests knocking={room.knocking} host={controls.host} />}
        <CallPanels
          panel={panel}
          onClose={() => setPanel(null)}
          chat={chat}
          chatDisabled={room.status !== 'joined'}
          self={self}
          participants={room.participants}
          meeting={room.meeting ?? session.meeting}
          host={controls.host}
        />
      </div>
      <footer className={styles.bar}>
        <CallControls
          leading={
            <p className={styles.meetingInfo}>
              <span className={styles.meetingTitle}>{meeting.title || 'Huddle meeting'}</span>
              <span className={styles.meetingCode}>{meeting.code}</span>
            </p>
          }
          micOn={mediaState.audio}
          cameraOn={mediaState.video}
          sharing={sharing}
          canShare={canShareScreen()}
          chatOpen={panel === 'chat'}
          participantsOpen={panel === 'participants'}
          hosting={hosting}
          securityOpen={panel === 'security'}
          handRaised={self.handRaised}
          unread={chat.unread}
          participantCount={room.participants.length + 1}
          onToggleMic={() => media.toggle('audio')}
          onToggleCamera={() => media.toggle('video')}
          onToggleScreen={() => (sharing ? screen.stop() : void screen.start())}
          onToggleChat={() => togglePanel('chat')}
          onToggleParticipants={() => togglePanel('participants')}
          onToggleSecurity={() => togglePanel('security')}
          onToggleHand={() => controls.raiseHand(!self.handRaised)}
          onReact={controls.react}
          onCopyLink={() => void copyInvite()}
          onLeave={onLeave}
          onEnd={controls.host.end}
        />
      </footer>
    </div>
  );
}
