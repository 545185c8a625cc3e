import { useEffect, useRef } from 'react';
import { cx } from '../../../lib/cx';
import styles from './StreamVideo.module.css';

export interface StreamVideoProps {
  stream: MediaStream | null;
  /** Called with the element once it shows `stream`; returns the undo. */
  bindVideo?: (element: HTMLVideoElement) => () => void;
  /** Our own view (no echo), or while the browser blocks sound until the user allows it. */
  muted?: boolean;
  /** Our own camera, shown like a mirror as people expect. */
  mirrored?: boolean;
  fit?: 'cover' | 'contain';
  /** Invisible but still playing, so the picture is back at once when it is shown again. */
  hidden?: boolean;
  className?: string;
  onAutoplayBlocked?: () => void;
}

export function StreamVideo({
  stream,
  bindVideo,
  muted = false,
  mirrored = false,
  fit = 'cover',
  hidden = false,
  className,
  onAutoplayBlocked,
}: StreamVideoProps) {
  const ref = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.muted = muted;
    if (video.srcObject !== stream) video.srcObject = stream;
    if (!stream) return;
    video.play().catch((error: unknown) => {
      // Sound needs a user gesture first; play muted so the picture still shows.
      if (error instanceof DOMException && error.name === 'NotAllowedError' && !video.muted) {
        video.muted = true;
        void video.play().catch(() => undefined);
        onAutoplayBlocked?.();
      }
    });
  }, [stream, muted, onAutoplayBlocked]);

  // After the effect above, so the element already shows the stream it is bound for.
  useEffect(() => {
    const video = ref.current;
    if (!video || !bindVideo) return;
    const unbind = bindVideo(video);
    video.muted = muted;
    return unbind;
  }, [bindVideo, stream, muted]);

  useEffect(() => {
    const video = ref.current;
    return () => {
      if (video) video.srcObject = null;
    };
  }, []);

  return (
    <video
      ref={ref}
      className={cx(className, hidden && styles.hidden)}
      style={{ objectFit: fit, transform: mirrored ? 'scaleX(-1)' : undefined }}
      autoPlay
      playsInline
      muted={muted}
    />
  );
}
