import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  acquireTrack,
  acquireUserMedia,
  classifyMediaError,
  type MediaIssue,
  type MediaKind,
} from '../../../lib/media';
import type { DeviceLists } from '../../../lib/mediaDevices';
import { useInputDevices } from './useInputDevices';

type PerKind<T> = Record<MediaKind, T>;

export interface LocalMedia {
  ready: boolean;
  tracks: PerKind<MediaStreamTrack | null>;
  enabled: PerKind<boolean>;
  /** Enabled and actually there: what the user and the other participants see. */
  on: PerKind<boolean>;
  issues: Partial<PerKind<MediaIssue>>;
  devices: DeviceLists;
  toggle: (kind: MediaKind) => void;
  selectDevice: (kind: MediaKind, deviceId: string) => void;
}

const NO_TRACKS: PerKind<MediaStreamTrack | null> = { audio: null, video: null };

/**
 * Camera and microphone for the pre-join screen and the call. Muting flips `track.enabled`
 * (no re-acquisition, no renegotiation); every track is stopped when `active` turns false
 * or the component unmounts, so the camera light goes off after leaving.
 */
export function useLocalMedia(active: boolean): LocalMedia {
  const [ready, setReady] = useState(false);
  const [tracks, setTracks] = useState(NO_TRACKS);
  const [enabled, setEnabled] = useState<PerKind<boolean>>({ audio: true, video: true });
  const [issues, setIssues] = useState<Partial<PerKind<MediaIssue>>>({});
  const live = useRef({ active, tracks, enabled });
  const devices = useInputDevices(ready);

  useEffect(() => {
    live.current = { active, tracks, enabled };
  }, [active, tracks, enabled]);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let acquired: MediaStream | null = null;
    void acquireUserMedia().then(({ stream, issues: found }) => {
      acquired = stream;
      if (cancelled) return stream.getTracks().forEach((track) => track.stop());
      stream.getTracks().forEach((track) => {
        track.enabled = live.current.enabled[track.kind as MediaKind];
      });
      setTracks({
        audio: stream.getAudioTracks()[0] ?? null,
        video: stream.getVideoTracks()[0] ?? null,
      });
      setIssues(found);
      setReady(true);
    });
    return () => {
      cancelled = true;
      acquired?.getTracks().forEach((track) => track.stop());
      Object.values(live.current.tracks).forEach((track) => track?.stop());
      live.current.tracks = NO_TRACKS;
      setTracks(NO_TRACKS);
      setReady(false);
    };
  }, [active]);

  useEffect(() => {
    const unsubscribers = (['audio', 'video'] as const).map((kind) => {
      const track = tracks[kind];
      if (!track) return () => {};
      const onEnded = () => {
        setTracks((current) => (current[kind] === track ? { ...current, [kind]: null } : current));
        setIssues((current) => ({ ...current, [kind]: 'not-found' }));
      };
      track.addEventListener('ended', onEnded);
      return () => track.removeEventListener('ended', onEnded);
    });
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [tracks]);

  const replaceTrack = useCallback(async (kind: MediaKind, deviceId?: string) => {
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
    previous?.stop();
    live.current.tracks = { ...live.current.tracks, [kind]: next };
    setTracks((current) => ({ ...current, [kind]: next }));
    setIssues((current) => ({ ...current, [kind]: undefined }));
  }, []);

  const reportFailure = useCallback((kind: MediaKind, error: unknown) => {
    setIssues((current) => ({ ...current, [kind]: classifyMediaError(error) }));
  }, []);

  const toggle = useCallback(
    (kind: MediaKind) => {
      const track = live.current.tracks[kind];
      const next = track ? !live.current.enabled[kind] : true;
      live.current.enabled = { ...live.current.enabled, [kind]: next };
      setEnabled((current) => ({ ...current, [kind]: next }));
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

  return { ready, tracks, enabled, on, issues, devices, toggle, selectDevice };
}
