import type { MediaKind } from '../../utils/media';

const KINDS: readonly MediaKind[] = ['audio', 'video'];

/**
 * A peer's incoming tracks, published as one stream with one track per kind. Normally there
 * is one receiver per kind; after an offer collision there can be two, one of them idle, so
 * the newest track that is receiving media (not `muted`) wins.
 */
export class RemoteMedia {
  private readonly tracks: MediaStreamTrack[] = [];
  private published: MediaStreamTrack[] = [];
  private readonly onStream: (stream: MediaStream) => void;

  constructor(onStream: (stream: MediaStream) => void) {
    this.onStream = onStream;
  }

  add(track: MediaStreamTrack): void {
    if (this.tracks.includes(track)) return;
    this.tracks.push(track);
    track.addEventListener('unmute', this.publish);
    track.addEventListener('mute', this.publish);
    this.publish();
  }

  private readonly publish = (): void => {
    const next = KINDS.flatMap((kind) => {
      const ofKind = this.tracks.filter((track) => track.kind === kind);
      const receiving = ofKind.findLast((track) => !track.muted);
      const chosen = receiving ?? ofKind.at(-1);
      return chosen ? [chosen] : [];
    });
    const unchanged =
      next.length === this.published.length && next.every((t, i) => t === this.published[i]);
    if (unchanged) return;
    this.published = next;
    // A new stream object per change lets React and the audio analyser notice it.
    this.onStream(new MediaStream(next));
  };
}
