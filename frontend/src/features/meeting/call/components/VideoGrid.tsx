import type { CSSProperties } from 'react';
import { useActiveSpeaker } from '../hooks/useActiveSpeaker';
import { VideoTile, type TileModel } from './VideoTile';
import styles from './VideoGrid.module.css';

export interface VideoGridProps {
  tiles: TileModel[];
  /** Everyone's audio by tile id, for the speaking highlight. */
  audioStreams: ReadonlyMap<string, MediaStream>;
  soundBlocked: boolean;
  onAutoplayBlocked?: () => void;
}

/**
 * 1–6 tiles in a grid whose columns the CSS picks from the count and the viewport. While
 * someone else presents, their screen takes the stage and everyone else sits in a strip.
 */
export function VideoGrid({
  tiles,
  audioStreams,
  soundBlocked,
  onAutoplayBlocked,
}: VideoGridProps) {
  // Here rather than in the call view: the speaker changes often and only the grid shows it.
  const speakerId = useActiveSpeaker(audioStreams);
  const presenter = tiles.length > 1 ? tiles.find((tile) => tile.screen && !tile.isSelf) : null;
  const style = presenter ? ({ '--others': tiles.length - 1 } as CSSProperties) : undefined;
  return (
    <section
      className={presenter ? `${styles.grid} ${styles.presentation}` : styles.grid}
      style={style}
      data-count={presenter ? undefined : tiles.length}
      data-layout={presenter ? 'presentation' : 'grid'}
      aria-label="Videos"
      data-testid="video-grid"
    >
      {tiles.map((tile) => (
        <div
          key={tile.id}
          className={tile === presenter ? `${styles.cell} ${styles.stage}` : styles.cell}
        >
          <VideoTile
            tile={tile}
            // Alone in a call, nobody needs a highlight for talking.
            speaking={tiles.length > 1 && tile.id === speakerId}
            soundBlocked={soundBlocked}
            onAutoplayBlocked={onAutoplayBlocked}
          />
        </div>
      ))}
    </section>
  );
}
