export type MediaKind = 'audio' | 'video';
export type MediaIssue = 'denied' | 'not-found' | 'in-use' | 'unsupported' | 'unknown';

/** Devices picked by the user, by kind; preferred, so a device since unplugged is skipped. */
export type DeviceChoice = Partial<Record<MediaKind, string>>;

export interface AcquiredMedia {
  stream: MediaStream;
  issues: Partial<Record<MediaKind, MediaIssue>>;
}

const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 960 },
  height: { ideal: 540 },
  frameRate: { ideal: 24, max: 30 },
};

const AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

export function classifyMediaError(error: unknown): MediaIssue {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'not-found';
  if (name === 'NotReadableError' || name === 'AbortError') return 'in-use';
  if (name === 'TypeError') return 'unsupported';
  return 'unknown';
}

function constraintsFor(kind: MediaKind, deviceId?: ConstrainDOMString): MediaTrackConstraints {
  const base = kind === 'audio' ? AUDIO_CONSTRAINTS : VIDEO_CONSTRAINTS;
  return deviceId ? { ...base, deviceId } : base;
}

async function getTrack(kind: MediaKind, constraints: MediaTrackConstraints) {
  const stream = await navigator.mediaDevices.getUserMedia({ [kind]: constraints });
  const [track] = kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks();
  if (!track) throw new DOMException('No track was returned.', 'NotFoundError');
  return track;
}

/** Acquires one track of a kind, for a device switch or a retry. */
export function acquireTrack(kind: MediaKind, deviceId?: string): Promise<MediaStreamTrack> {
  return getTrack(kind, constraintsFor(kind, deviceId ? { exact: deviceId } : undefined));
}

/**
 * Asks for camera and microphone together (one permission prompt); when that fails, asks
 * for each alone so that a missing camera never costs the user their microphone.
 */
export async function acquireUserMedia(choice: DeviceChoice): Promise<AcquiredMedia> {
  if (!navigator.mediaDevices?.getUserMedia) {
    return { stream: new MediaStream(), issues: { audio: 'unsupported', video: 'unsupported' } };
  }
  const preferred = (kind: MediaKind) => {
    const deviceId = choice[kind];
    return constraintsFor(kind, deviceId ? { ideal: deviceId } : undefined);
  };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: preferred('audio'),
      video: preferred('video'),
    });
    return { stream, issues: {} };
  } catch {
    const stream = new MediaStream();
    const issues: AcquiredMedia['issues'] = {};
    for (const kind of ['audio', 'video'] as const) {
      try {
        stream.addTrack(await getTrack(kind, preferred(kind)));
      } catch (error) {
        issues[kind] = classifyMediaError(error);
      }
    }
    return { stream, issues };
  }
}

export function stopStream(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

export function describeMediaIssue(kind: MediaKind, issue: MediaIssue): string {
  const device = kind === 'audio' ? 'microphone' : 'camera';
  switch (issue) {
    case 'denied':
      return `Access to your ${device} was blocked. Allow it in the browser's site settings, or join without it.`;
    case 'not-found':
      return `No ${device} was found. You can still join without it.`;
    case 'in-use':
      return `Your ${device} is in use by another app. Close it and try again, or join without it.`;
    case 'unsupported':
      return `This browser cannot use a ${device} here (a secure https:// page is required).`;
    default:
      return `Your ${device} could not be started. You can still join without it.`;
  }
}
