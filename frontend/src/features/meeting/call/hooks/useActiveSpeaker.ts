import { useEffect, useRef, useState } from 'react';
import { SpeakerDetector } from '../rtc/SpeakerDetector';

/** The id of whoever is speaking loudest right now, or null in silence. */
export function useActiveSpeaker(streams: ReadonlyMap<string, MediaStream>): string | null {
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const detectorRef = useRef<SpeakerDetector | null>(null);

  useEffect(() => {
    if (typeof AudioContext === 'undefined') return;
    const detector = new SpeakerDetector({ onChange: setSpeakerId });
    detectorRef.current = detector;
    return () => {
      detector.close();
      detectorRef.current = null;
      setSpeakerId(null);
    };
  }, []);

  useEffect(() => {
    detectorRef.current?.setStreams(streams);
  }, [streams]);

  return speakerId;
}
