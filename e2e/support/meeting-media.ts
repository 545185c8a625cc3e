import { expect, type Locator, type Page } from '@playwright/test';

/*
 * What the page really does with media, read through the recorders that `newParticipant`
 * installs (window.__pcs, __userTracks, __displayStreams, __sockets).
 */

/** Resolves once `count` new frames were presented by the video in this tile. */
export async function expectFramesPresented(tile: Locator, count = 5): Promise<void> {
  await expect(tile.locator('video')).toHaveCount(1);
  await tile.locator('video').evaluate(
    (video: HTMLVideoElement, needed) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no video frames were presented')), 15_000);
        let seen = 0;
        const onFrame = () => {
          seen += 1;
          if (seen >= needed) {
            clearTimeout(timer);
            resolve();
          } else video.requestVideoFrameCallback(onFrame);
        };
        video.requestVideoFrameCallback(onFrame);
      }),
    count,
  );
}

/** Sum of framesDecoded over the inbound video of every open peer connection. */
export async function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
    let total = 0;
    for (const pc of pcs) {
      if (pc.connectionState === 'closed') continue;
      const stats = await pc.getStats();
      stats.forEach((report: { type: string; kind?: string; framesDecoded?: number }) => {
        if (report.type === 'inbound-rtp' && report.kind === 'video') {
          total += report.framesDecoded ?? 0;
        }
      });
    }
    return total;
  });
}

/** framesDecoded is above zero and still rising: remote video is really being decoded. */
export async function expectDecodingRemoteVideo(page: Page): Promise<void> {
  await expect.poll(() => framesDecoded(page), { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await framesDecoded(page);
  await expect.poll(() => framesDecoded(page), { timeout: 10_000 }).toBeGreaterThan(before + 10);
}

export async function openPeerConnections(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.filter(
        (pc) => pc.connectionState !== 'closed',
      ).length,
  );
}

export async function liveLocalTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __userTracks: MediaStreamTrack[] }).__userTracks.filter(
        (track) => track.readyState === 'live',
      ).length,
  );
}

/** Closes the page's open WebSockets, as a network drop would. */
export async function dropWebSockets(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
    sockets.filter((socket) => socket.readyState === WebSocket.OPEN).forEach((s) => s.close());
  });
}
