import type { BrowserContext, Page } from '@playwright/test';

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
  return page.evaluate(async () => {
    const byTrack = new Map<string, number>();
    let sentBytes = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      if (pc.connectionState === 'closed') continue;
      (await pc.getStats()).forEach(
        (report: {
          type: string;
          kind?: string;
          trackIdentifier?: string;
          framesDecoded?: number;
          bytesSent?: number;
          headerBytesSent?: number;
        }) => {
          if (report.type === 'inbound-rtp' && report.kind === 'video' && report.trackIdentifier) {
            byTrack.set(report.trackIdentifier, report.framesDecoded ?? 0);
          }
          if (report.type === 'outbound-rtp') {
            sentBytes += (report.bytesSent ?? 0) + (report.headerBytesSent ?? 0);
          }
        },
      );
    }
    const decoded: Record<string, number> = {};
    document
      .querySelectorAll<HTMLElement>('[data-testid="video-tile"]:not([data-self])')
      .forEach((tile) => {
        const track = (
          tile.querySelector('video')?.srcObject as MediaStream | null
        )?.getVideoTracks()[0];
        const id = tile.dataset.participantId;
        if (id) decoded[id] = track ? (byTrack.get(track.id) ?? 0) : 0;
      });
    return { at: performance.now(), decoded, sentBytes };
  });
}
