import { Hand, MicOff, MonitorUp } from 'lucide-react';
import { Avatar } from '../../../../components/ui/Avatar';
import { cx } from '../../../../lib/cx';
import { StreamVideo } from '../../components/StreamVideo';
import type { ShownReaction } from '../hooks/useReactions';
import { guestLabel } from '../utils/guestLabel';
import { REACTION_NAMES } from '../utils/reactionNames';
import { GuestBadge } from './GuestBadge';
import styles from './VideoGrid.module.css';

export interface TileModel {
  id: string;
  name: string;
  isGuest: boolean;
  isSelf: boolean;
  stream: MediaStream | null;
  /** See RemoteFeed.bindVideo: lets the SFU size what it sends to this tile. */
  bindVideo?: (element: HTMLVideoElement) => () => void;
  audio: boolean;
  video: boolean;
  screen: boolean;
  handRaised: boolean;
  /** A reaction this participant just sent, while its animation plays. */
  reaction: ShownReaction | null;
}

export interface VideoTileProps {
  tile: TileModel;
  speaking: boolean;
  /** The browser refused to autoplay sound: play muted until the user enables it. */
  soundBlocked: boolean;
  onAutoplayBlocked?: () => void;
}

function describe(tile: TileModel): string {
  const named = guestLabel(tile.name, tile.isGuest);
  const who = tile.isSelf ? `${named} (you)` : named;
  const states = [
    tile.handRaised ? 'hand raised' : null,
    tile.screen ? 'presenting' : null,
    tile.audio ? null : 'microphone off',
    tile.video || tile.screen ? null : 'camera off',
  ].filter(Boolean);
  return states.length ? `${who}, ${states.join(', ')}` : who;
}

export function VideoTile({ tile, speaking, soundBlocked, onAutoplayBlocked }: VideoTileProps) {
  const showVideo = Boolean(tile.stream) && (tile.video || tile.screen);
  return (
    <figure
      className={cx(styles.tile, speaking && styles.speaking, tile.screen && styles.screen)}
      aria-label={describe(tile)}
      data-testid="video-tile"
      data-participant-id={tile.id}
      data-self={tile.isSelf || undefined}
      data-muted={!tile.audio}
      data-video-off={!showVideo}
      data-screen={tile.screen}
      data-speaking={speaking}
      data-hand-raised={tile.handRaised}
    >
      <StreamVideo
        stream={tile.stream}
        bindVideo={tile.bindVideo}
        muted={tile.isSelf || soundBlocked}
        mirrored={tile.isSelf && !tile.screen}
        fit={tile.screen ? 'contain' : 'cover'}
        hidden={!showVideo}
        className={styles.video}
        onAutoplayBlocked={onAutoplayBlocked}
      />
      {!showVideo && (
        <div className={styles.placeholder}>
          <Avatar name={tile.name} size="xl" />
        </div>
      )}
      {!tile.audio && (
        <span className={styles.mutedIcon} title="Microphone off">
          <MicOff aria-hidden="true" />
        </span>
      )}
      {tile.reaction && (
        <span
          key={tile.reaction.key}
          className={styles.reaction}
          role="img"
          aria-label={`${guestLabel(tile.name, tile.isGuest)} reacted: ${REACTION_NAMES[tile.reaction.emoji]}`}
          data-testid="tile-reaction"
        >
          {tile.reaction.emoji}
        </span>
      )}
      <figcaption className={styles.caption}>
        {tile.handRaised && <Hand className={styles.hand} aria-hidden="true" />}
        {tile.screen && <MonitorUp aria-hidden="true" />}
        <span className={styles.name}>{tile.isSelf ? `${tile.name} (You)` : tile.name}</span>
        {tile.isGuest && <GuestBadge />}
      </figcaption>
    </figure>
  );
}
