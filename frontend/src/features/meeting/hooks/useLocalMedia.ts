import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  acquireTrack,
  acquireUserMedia,
  classifyMediaError,
  stopStream,
  type DeviceChoice,
  type MediaIssue,
  type MediaKind,
} from '../utils/media';

type PerKind<T> = Record<MediaKind, T>;

export interface LocalMedia {
  ready: boolean;
  tracks: PerKind<MediaStreamTrack | null>;
  enabled: PerKind<boolean>;
  /** Enabled and actually there: what the user and the other participants see. */
  on: PerKind<boolean>;
  issues: Partial<PerKind<MediaIssue>>;
  toggle: (kind: MediaKind) => void;
  selectDevice: (kind: MediaKind, deviceId: string) => void;
}

const NO_TRACKS: PerKind<MediaStreamTrack | null> = { audio: null, video: null };
const ALL_ON: PerKind<boolean> = { audio: true, video: true };
const KINDS = ['audio', 'video'] as const;

/**
 * Camera and microphone for the pre-join screen and the call. Muting flips `track.enabled`
 * (no re-acquisition, no renegotiation); every track is stopped when `active` turns false
 * or the component unmounts, so the camera light goes off after leaving.
 */
export function useLocalMedia(active: boolean): LocalMedia {
  const [ready, setReady] = useState(false);
  const [tracks, setTracks] = useState(NO_TRACKS);
  const [enabled, setEnabled] = useState(ALL_ON);
  const [issues, setIssues] = useState<Partial<PerKind<MediaIssue>>>({});
  // What async callbacks read; always written together with the state it mirrors.
  const live = useRef({ active: false, tracks: NO_TRACKS, enabled: ALL_ON });
  // Kept across Leave and Rejoin, so the call starts with the devices picked before.
  const chosen = useRef<DeviceChoice>({});

  /** Makes `track` the current one of its kind and stops the one it replaces. */
  const commitTrack = useCallback((kind: MediaKind, track: MediaStreamTrack | null) => {
    const replaced = live.current.tracks[kind];
    if (replaced === track) return;
    replaced?.stop();
    live.current.tracks = { ...live.current.tracks, [kind]: track };
    setTracks(live.current.tracks);
  }, []);

  useEffect(() => {
    if (!active) return;
    const latest = live.current;
    latest.active = true;
    let cancelled = false;
    void acquireUserMedia(chosen.current).then(({ stream, issues: found }) => {
      if (cancelled) return stopStream(stream);
      for (const kind of KINDS) {
        const [track] = kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks();
        if (!track) continue;
        track.enabled = latest.enabled[kind];
        commitTrack(kind, track);
      }
      setIssues(found);
      setReady(true);
    });
    return () => {
      cancelled = true;
      latest.active = false;
      KINDS.forEach((kind) => commitTrack(kind, null));
      setReady(false);
    };
  }, [active, commitTrack]);

  useEffect(() => {
    const unsubscribers = KINDS.map((kind) => {
      const track = tracks[kind];
      if (!track) return () => {};
      const onEnded = () => {
        if (live.current.tracks[kind] === track) commitTrack(kind, null);
        setIssues((current) => ({ ...current, [kind]: 'not-found' }));
      };
      track.addEventListener('ended', onEnded);
      return () => track.removeEventListener('ended', onEnded);
    });
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [tracks, commitTrack]);

  const replaceTrack = useCallback(
    async (kind: MediaKind, deviceId?: string) => {
      const previous = live.current.tracks[kind];
      let next: MediaStreamTrack;
      try {
        next = await acquireTrack(kind, deviceId);
      } catch (error) {
        // Some platforms open one camera at a time: free the old one and ask again.
        if (!previous || classifyMediaError(error) !== 'in-use') throw error;
        previous.stop();
        next = await acquireTrack(kind, deviceId);
      }
      if (!live.current.active) return next.stop();
      next.enabled = live.current.enabled[kind];
      commitTrack(kind, next);
      if (deviceId) chosen.current = { ...chosen.current, [kind]: deviceId };
      setIssues((current) => ({ ...current, [kind]: undefined }));
    },
    [commitTrack],
  );

  const reportFailure = useCallback((kind: MediaKind, error: unknown) => {
    setIssues((current) => ({ ...current, [kind]: classifyMediaError(error) }));
  }, []);

  const toggle = useCallback(
    (kind: MediaKind) => {
      const track = live.current.tracks[kind];
      const next = track ? !live.current.enabled[kind] : true;
      live.current.enabled = { ...live.current.enabled, [kind]: next };
      setEnabled(live.current.enabled);
      if (track) track.enabled = next;
      else replaceTrack(kind).catch((error: unknown) => reportFailure(kind, error));
    },
    [replaceTrack, reportFailure],
  );

  const selectDevice = useCallback(
    (kind: MediaKind, deviceId: string) => {
      replaceTrack(kind, deviceId).catch((error: unknown) => reportFailure(kind, error));
    },
    [replaceTrack, reportFailure],
  );

  const on = useMemo(
    () => ({
      audio: enabled.audio && tracks.audio !== null,
      video: enabled.video && tracks.video !== null,
    }),
    [enabled, tracks],
  );

  return { ready, tracks, enabled, on, issues, toggle, selectDevice };
}
