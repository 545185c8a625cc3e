import { Hand, Link, MessageSquareText, MonitorUp, ShieldCheck, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Reaction } from '@huddle/contract';
import { IconButton } from '../../../../components/ui/IconButton';
import { MediaToggleButton } from '../../components/MediaToggleButton';
import { LeaveButton } from './LeaveButton';
import { ReactionPicker } from './ReactionPicker';
import styles from './CallControls.module.css';

export interface CallControlsProps {
  micOn: boolean;
  cameraOn: boolean;
  sharing: boolean;
  canShare: boolean;
  chatOpen: boolean;
  participantsOpen: boolean;
  /** Hosts and co-hosts get the security panel and can end the meeting for everyone. */
  hosting: boolean;
  securityOpen: boolean;
  handRaised: boolean;
  unread: number;
  participantCount: number;
  onToggleMic: () => void;
  onToggleCamera: () => void;
  onToggleScreen: () => void;
  onToggleChat: () => void;
  onToggleParticipants: () => void;
  onToggleSecurity: () => void;
  onToggleHand: () => void;
  onReact: (emoji: Reaction) => void;
  onCopyLink: () => void;
  onLeave: () => void;
  onEnd: () => void;
  /** Shown at the start of the bar on wide screens (the meeting's name). */
  leading?: ReactNode;
}

export function CallControls(props: CallControlsProps) {
  const { micOn, cameraOn, sharing, canShare, chatOpen, participantsOpen, unread } = props;
  const chatLabel = unread > 0 ? `Chat (${unread} unread)` : 'Chat';
  return (
    <div className={styles.controls} role="toolbar" aria-label="Call controls">
      <div className={styles.leading}>{props.leading}</div>
      <div className={styles.group}>
        <MediaToggleButton kind="audio" on={micOn} onToggle={props.onToggleMic} />
        <MediaToggleButton kind="video" on={cameraOn} onToggle={props.onToggleCamera} />
        {canShare && (
          <IconButton
            label="Share screen"
            title={sharing ? 'Stop presenting' : 'Present your screen'}
            pressed={sharing}
            icon={<MonitorUp />}
            variant={sharing ? 'primary' : 'secondary'}
            size="lg"
            onClick={props.onToggleScreen}
          />
        )}
        <IconButton
          label={props.handRaised ? 'Lower hand' : 'Raise hand'}
          pressed={props.handRaised}
          icon={<Hand />}
          variant={props.handRaised ? 'primary' : 'secondary'}
          size="lg"
          onClick={props.onToggleHand}
        />
        <ReactionPicker onReact={props.onReact} />
        <IconButton
          label="Copy invite link"
          icon={<Link />}
          variant="secondary"
          size="lg"
          onClick={props.onCopyLink}
        />
        <LeaveButton
          canEnd={props.hosting}
          onLeave={props.onLeave}
          onEnd={props.onEnd}
          className={styles.leave}
        />
      </div>
      <div className={`${styles.group} ${styles.side}`}>
        {props.hosting && (
          <IconButton
            label="Meeting security"
            pressed={props.securityOpen}
            icon={<ShieldCheck />}
            variant={props.securityOpen ? 'primary' : 'ghost'}
            size="lg"
            onClick={props.onToggleSecurity}
          />
        )}
        <span className={styles.badgeHost}>
          <IconButton
            label={`Participants (${props.participantCount})`}
            pressed={participantsOpen}
            icon={<Users />}
            variant={participantsOpen ? 'primary' : 'ghost'}
            size="lg"
            onClick={props.onToggleParticipants}
          />
          <span className={styles.count} aria-hidden="true">
            {props.participantCount}
          </span>
        </span>
        <span className={styles.badgeHost}>
          <IconButton
            label={chatLabel}
            pressed={chatOpen}
            icon={<MessageSquareText />}
            variant={chatOpen ? 'primary' : 'ghost'}
            size="lg"
            onClick={props.onToggleChat}
          />
          {unread > 0 && (
            <span className={styles.unread} aria-hidden="true" data-testid="chat-unread">
              {unread > 99 ? '99+' : unread}
            </span>
          )}
        </span>
      </div>
    </div>
  );
}
