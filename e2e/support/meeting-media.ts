import { expect, type Locator, type Page } from '@playwright/test';

/*
 * What the page really does with media, read through the recorders that `newParticipant`
 * installs (window.__pcs, __userTracks, __displayStreams, __sockets).
 */

/** What `newParticipant` records on `window`, and the join-click mark of a timing test. */
export interface PageRecorders {
  __pcs: RTCPeerConnection[];
  __userTracks: MediaStreamTrack[];
  __displayStreams: MediaStream[];
  __sockets: WebSocket[];
  __joinClickedAt?: number;
}

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
    let total = 0;
    for (const pc of (window as unknown as PageRecorders).__pcs) {
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
      (window as unknown as PageRecorders).__pcs.filter((pc) => pc.connectionState !== 'closed')
        .length,
  );
}

export async function liveLocalTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as PageRecorders).__userTracks.filter(
        (track) => track.readyState === 'live',
      ).length,
  );
}

/** Closes the page's open WebSockets, as a network drop would. */
export async function dropWebSockets(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sockets = (window as unknown as PageRecorders).__sockets;
    sockets.filter((socket) => socket.readyState === WebSocket.OPEN).forEach((s) => s.close());
  });
}

/** Which local track the page's (single) peer connection is sending as video. */
export async function sentVideo(page: Page): Promise<'camera' | 'screen' | 'none' | 'other'> {
  return page.evaluate(() => {
    const w = window as unknown as PageRecorders;
    const pc = w.__pcs.find((candidate) => candidate.connectionState !== 'closed');
    const track = pc?.getSenders().find((sender) => sender.track?.kind === 'video')?.track;
    if (!track) return 'none';
    if (w.__displayStreams.some((stream) => stream.getTracks().includes(track))) return 'screen';
    return w.__userTracks.includes(track) ? 'camera' : 'other';
  });
}

/** Ends the latest screen capture as the browser's own "Stop sharing" button does. */
export async function stopSharingFromBrowser(page: Page): Promise<void> {
  await page.evaluate(() => {
    const streams = (window as unknown as PageRecorders).__displayStreams;
    streams.at(-1)!.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
  });
}

/** Marks the moment of the Join click in the page's clock, for `msToFirstFrame`. */
export async function markJoinClick(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as PageRecorders).__joinClickedAt = performance.now();
  });
}

/** From the Join click (see `markJoinClick`) to the first frame this tile's video presented. */
export async function msToFirstFrame(tile: Locator): Promise<number> {
  const video = tile.locator('video');
  await expect(video).toHaveCount(1);
  return video.evaluate(
    (element: HTMLVideoElement) =>
      new Promise<number>((resolve) => {
        element.requestVideoFrameCallback((now) => {
          const clickedAt = (window as unknown as PageRecorders).__joinClickedAt!;
          resolve(Math.round(now - clickedAt));
        });
      }),
  );
}

/** What one page receives and sends, from the statistics of every open connection. */
export interface MediaReading {
  /** Per remote tile (by participant id): the video track it shows and its frames decoded so far. */
  byParticipant: Record<string, { trackId: string; frames: number }>;
  /** Bytes sent so far over every connection (RTP payload and headers). */
  sentBytes: number;
}

export async function readMedia(page: Page): Promise<MediaReading> {
  return page.evaluate(async () => {
    const frames = new Map<string, number>();
    let sentBytes = 0;
    for (const pc of (window as unknown as PageRecorders).__pcs) {
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
            frames.set(report.trackIdentifier, report.framesDecoded ?? 0);
          }
          if (report.type === 'outbound-rtp') {
            sentBytes += (report.bytesSent ?? 0) + (report.headerBytesSent ?? 0);
          }
        },
      );
    }
    const byParticipant: MediaReading['byParticipant'] = {};
    document
      .querySelectorAll<HTMLElement>('[data-testid="video-tile"]:not([data-self])')
      .forEach((tile) => {
        const stream = tile.querySelector('video')?.srcObject as MediaStream | null;
        const track = stream?.getVideoTracks()[0];
        if (!track || !tile.dataset.participantId) return;
        byParticipant[tile.dataset.participantId] = {
          trackId: track.id,
          frames: frames.get(track.id) ?? 0,
        };
      });
    return { byParticipant, sentBytes };
  });
}

/** For each remote tile (by participant id): the video track it shows and its frames decoded. */
export async function decodedByParticipant(page: Page): Promise<MediaReading['byParticipant']> {
  return (await readMedia(page)).byParticipant;
}

/** Every one of `participantIds` is shown in a tile whose video is being decoded, and rising. */
export async function expectDecodingEach(page: Page, participantIds: string[]): Promise<void> {
  const framesOf = async () => {
    const decoded = await decodedByParticipant(page);
    return participantIds.map((id) => decoded[id]?.frames ?? 0);
  };
  await expect
    .poll(async () => Math.min(...(await framesOf())), { timeout: 30_000 })
    .toBeGreaterThan(0);
  const before = await framesOf();
  await expect
    .poll(async () => (await framesOf()).every((frames, i) => frames > before[i]! + 5), {
      timeout: 20_000,
    })
    .toBe(true);
}

/** Whether a received track still carries media: false once its sender is gone. */
export async function receivingTrack(page: Page, trackId: string): Promise<boolean> {
  return page.evaluate((id) => {
    for (const pc of (window as unknown as PageRecorders).__pcs) {
      if (pc.connectionState === 'closed') continue;
      for (const transceiver of pc.getTransceivers()) {
        if (transceiver.receiver.track.id !== id) continue;
        const direction = transceiver.currentDirection;
        const receiving = direction === 'recvonly' || direction === 'sendrecv';
        return receiving && transceiver.receiver.track.readyState === 'live';
      }
    }
    return false;
  }, trackId);
}
