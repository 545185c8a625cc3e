import { vi } from 'vitest';

/** Just enough of RTCPeerConnection to observe what PeerLink asks of it, in jsdom. */
class FakeSender {
  track: MediaStreamTrack | null = null;
  replaceTrack = vi.fn(async (track: MediaStreamTrack | null) => {
    this.track = track;
  });
}

class FakeTransceiver {
  sender = new FakeSender();
  receiver: { track: { kind: string } };
  currentDirection: RTCRtpTransceiverDirection | null = null;

  constructor(
    kind: string,
    public direction: RTCRtpTransceiverDirection,
  ) {
    this.receiver = { track: { kind } };
  }
}

export class FakePeerConnection {
  static instances: FakePeerConnection[] = [];
  transceivers: FakeTransceiver[] = [];
  signalingState: RTCSignalingState = 'stable';
  iceConnectionState: RTCIceConnectionState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: RTCSessionDescriptionInit | null = null;
  closed = false;
  onnegotiationneeded: (() => void) | null = null;
  onicecandidate: ((event: { candidate: unknown }) => void) | null = null;
  ontrack: ((event: { track: MediaStreamTrack }) => void) | null = null;
  oniceconnectionstatechange: (() => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;

  constructor(public configuration: RTCConfiguration) {
    FakePeerConnection.instances.push(this);
  }

  addTrack = vi.fn((track: MediaStreamTrack) => {
    const transceiver = new FakeTransceiver(track.kind, 'sendrecv');
    transceiver.sender.track = track;
    this.transceivers.push(transceiver);
    return transceiver.sender;
  });

  addTransceiver = vi.fn((kind: string, init: RTCRtpTransceiverInit) => {
    const transceiver = new FakeTransceiver(kind, init.direction ?? 'sendrecv');
    this.transceivers.push(transceiver);
    return transceiver;
  });

  getTransceivers = () => this.transceivers;

  setLocalDescription = vi.fn(async (description?: RTCSessionDescriptionInit) => {
    if (description?.type === 'rollback') {
      this.signalingState = 'stable';
      return;
    }
    const type = this.signalingState === 'have-remote-offer' ? 'answer' : 'offer';
    this.localDescription = { type, sdp: `local ${type}` };
    this.signalingState = type === 'offer' ? 'have-local-offer' : 'stable';
  });

  setRemoteDescription = vi.fn(async (description: RTCSessionDescriptionInit) => {
    if (description.type === 'offer') {
      // An offer brings one transceiver per kind when we have none yet, as in a browser.
      for (const kind of ['audio', 'video']) {
        if (!this.transceivers.some((t) => t.receiver.track.kind === kind)) {
          this.transceivers.push(new FakeTransceiver(kind, 'recvonly'));
        }
      }
      this.signalingState = 'have-remote-offer';
    } else {
      this.signalingState = 'stable';
    }
  });

  addIceCandidate = vi.fn(async () => undefined);
  restartIce = vi.fn();

  close() {
    this.closed = true;
  }
}

/** A track whose `muted` flag can be flipped, firing 'mute'/'unmute' like a receiver's. */
export function fakeTrack(kind: 'audio' | 'video', id: string = kind, muted = false) {
  const target = new EventTarget();
  const track = Object.assign(target, { kind, id, muted });
  const setMuted = (value: boolean) => {
    track.muted = value;
    target.dispatchEvent(new Event(value ? 'mute' : 'unmute'));
  };
  return Object.assign(track as unknown as MediaStreamTrack, { setMuted });
}

export const createFakePeerConnection = (configuration: RTCConfiguration) =>
  new FakePeerConnection(configuration) as unknown as RTCPeerConnection;
