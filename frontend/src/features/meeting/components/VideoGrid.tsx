import { VideoTile, type TileModel } from './VideoTile';
import styles from './VideoGrid.module.css';

export interface VideoGridProps {
  tiles: TileModel[];
  speakerId: string | null;
  onAutoplayBlocked?: () => void;
}

export function VideoGrid({ tiles, speakerId, onAutoplayBlocked }: VideoGridProps) {
  return (
    <section
      className={styles.grid}
      // The CSS picks the columns from the count (and the viewport), 1 to 6 tiles.
      data-count={tiles.length}
      aria-label="Videos"
      data-testid="video-grid"
    >
      {tiles.map((tile) => (
        <div key={tile.id} className={styles.cell}>
          <VideoTile
            tile={tile}
            // Alone in a call, nobody needs a highlight for talking.
            speaking={tiles.length > 1 && tile.id === speakerId}
            onAutoplayBlocked={onAutoplayBlocked}
          />
        </div>
      ))}
    </section>
  );
}
