import type { BrowserContext, Page } from '@playwright/test';
import { readMedia } from '../../e2e/support/meeting-media.js';

/** What one browser has received and sent so far, read from getStats of every connection. */
export interface Sample {
  at: number;
  /** Frames decoded so far, per remote participant id (the tile showing them). */
  decoded: Record<string, number>;
  /** Bytes sent so far over every connection (RTP payload and headers). */
  sentBytes: number;
}

/**
 * Records every peer connection and makes the camera small and the microphone absent: video
 * only, so that N browsers' encoders and decoders fit on the machine.
 */
export async function instrumentVideoOnly(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const pcs: RTCPeerConnection[] = [];
    (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = pcs;
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        pcs.push(this);
      }
    } as typeof RTCPeerConnection;
    const media = navigator.mediaDevices;
    const getUserMedia = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints) =>
      constraints?.audio
        ? Promise.reject(new DOMException('No microphone in this benchmark', 'NotFoundError'))
        : getUserMedia({ video: { width: 320, height: 180, frameRate: 15 } });
  });
}

export async function sample(page: Page): Promise<Sample> {
  const { byParticipant, sentBytes } = await readMedia(page);
  const decoded = Object.fromEntries(
    Object.entries(byParticipant).map(([id, { frames }]) => [id, frames]),
  );
  return { at: Date.now(), decoded, sentBytes };
}
