export function canShareScreen(): boolean {
  return typeof navigator.mediaDevices?.getDisplayMedia === 'function';
}

/** Screen capture; resolves null when the user cancels the picker. */
export async function acquireDisplayTrack(): Promise<MediaStreamTrack | null> {
  if (!canShareScreen()) {
    throw new DOMException('Screen sharing is not supported in this browser.', 'NotSupportedError');
  }
  try {
    const stream = await navigator.mediaDevices.getDisplayMedia({
      video: { frameRate: { ideal: 15, max: 30 } },
      audio: false,
    });
    const [track] = stream.getVideoTracks();
    if (!track) return null;
    // Text on slides and code must stay sharp; the encoder favours resolution over motion.
    track.contentHint = 'detail';
    return track;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotAllowedError') return null;
    throw error;
  }
}
