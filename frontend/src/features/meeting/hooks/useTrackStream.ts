import { useMemo } from 'react';

/** A stream holding one track; the same stream while the track stays, so playback continues. */
export function useTrackStream(track: MediaStreamTrack | null): MediaStream | null {
  return useMemo(() => (track ? new MediaStream([track]) : null), [track]);
}
