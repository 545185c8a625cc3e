import { useCallback, useEffect, useState } from 'react';
import { acquireDisplayTrack } from '../utils/mediaDisplay';

export interface ScreenShare {
  track: MediaStreamTrack | null;
  error: string | null;
  start: () => Promise<void>;
  stop: () => void;
}

/** A screen capture that ends from our button, the browser's own "Stop sharing" or unmount. */
export function useScreenShare(): ScreenShare {
  const [track, setTrack] = useState<MediaStreamTrack | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!track) return;
    const onEnded = () => setTrack((current) => (current === track ? null : current));
    track.addEventListener('ended', onEnded);
    return () => {
      track.removeEventListener('ended', onEnded);
      track.stop();
    };
  }, [track]);

  const start = useCallback(async () => {
    setError(null);
    try {
      const next = await acquireDisplayTrack();
      if (next) setTrack(next);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Screen sharing could not start.');
    }
  }, []);

  // stop() fires no 'ended' event, so clearing the state is what stops the track (cleanup).
  const stop = useCallback(() => setTrack(null), []);

  return { track, error, start, stop };
}
