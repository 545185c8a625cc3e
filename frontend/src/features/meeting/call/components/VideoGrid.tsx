import type { CSSProperties } from 'react';
import { cx } from '../../../../lib/cx';
import { useSpeakerOrder } from '../hooks/useSpeakerOrder';
import { VideoTile, type TileModel } from './VideoTile';
import styles from './VideoGrid.module.css';

/** Up to this many tiles share the screen; past it the gallery scrolls, speakers first. */
const FITTING_TILES = 6;
/** Beside a presented screen, the strip shows this many people (the latest speakers). */
const STRIP_TILES = 6;

export interface VideoGridProps {
  tiles: TileModel[];
  speakerId: string | null;
  soundBlocked: boolean;
  onAutoplayBlocked?: () => void;
}

/**
 * 1–6 tiles in a grid whose columns the CSS picks from the count and the viewport; more in a
 * scrolling gallery with the latest speakers first. While someone else presents, their screen
 * takes the stage and the latest speakers sit in a strip. Tiles are placed with CSS `order`,
 * never moved in the DOM (a moved video would pause).
 */
export function VideoGrid({ tiles, speakerId, soundBlocked, onAutoplayBlocked }: VideoGridProps) {
  const presenter = tiles.length > 1 ? tiles.find((tile) => tile.screen && !tile.isSelf) : null;
  const others = presenter ? tiles.filter((tile) => tile !== presenter) : tiles;
  const order = useSpeakerOrder(
    others.map((tile) => tile.id),
    speakerId,
  );
  const layout = presenter ? 'presentation' : tiles.length > FITTING_TILES ? 'gallery' : 'grid';
  const reorder = layout !== 'grid';
  const style = presenter
    ? ({ '--others': Math.min(others.length, STRIP_TILES) } as CSSProperties)
    : undefined;
  return (
    <section
      className={cx(
        styles.grid,
        presenter && styles.presentation,
        layout === 'gallery' && styles.gallery,
      )}
      style={style}
      data-count={layout === 'grid' ? tiles.length : undefined}
      data-layout={layout}
      aria-label="Videos"
      data-testid="video-grid"
    >
      {tiles.map((tile) => {
        const rank = order.indexOf(tile.id);
        return (
          <div
            key={tile.id}
            className={tile === presenter ? `${styles.cell} ${styles.stage}` : styles.cell}
            style={reorder && tile !== presenter ? { order: rank } : undefined}
            hidden={presenter ? tile !== presenter && rank >= STRIP_TILES : undefined}
          >
            <VideoTile
              tile={tile}
              // Alone in a call, nobody needs a highlight for talking.
              speaking={tiles.length > 1 && tile.id === speakerId}
              soundBlocked={soundBlocked}
              onAutoplayBlocked={onAutoplayBlocked}
            />
          </div>
        );
      })}
    </section>
  );
}
