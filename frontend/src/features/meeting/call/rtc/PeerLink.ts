import type { SignalData } from '@huddle/contract';
import type { MediaKind } from '../../utils/media';
import { RemoteMedia } from './RemoteMedia';

export type LocalTracks = Record<MediaKind, MediaStreamTrack | null>;

export interface PeerLinkOptions {
  polite: boolean;
  /** The initiator owns the transceivers; the other side only answers on them. */
  initiator: boolean;
  configuration: RTCConfiguration;
  tracks: LocalTracks;
  send: (data: SignalData) => void;
  onRemoteStream: (stream: MediaStream) => void;
  createPeerConnection?: (configuration: RTCConfiguration) => RTCPeerConnection;
}

const KINDS: readonly MediaKind[] = ['audio', 'video'];

/**
 * One RTCPeerConnection using the perfect-negotiation pattern. Exactly one transceiver per
 * kind exists, so mute, device switches and screen sharing are `replaceTrack` calls that
 * never renegotiate.
 */
export class PeerLink {
  private readonly pc: RTCPeerConnection;
  private readonly options: PeerLinkOptions;
  private readonly senders = new Map<MediaKind, RTCRtpSender>();
  private readonly remote: RemoteMedia;
  private tracks: LocalTracks;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswerPending = false;

  constructor(options: PeerLinkOptions) {
    this.options = options;
    this.tracks = { ...options.tracks };
    const create = options.createPeerConnection ?? ((config) => new RTCPeerConnection(config));
    const pc = create(options.configuration);
    this.pc = pc;
    pc.onnegotiationneeded = () => void this.negotiate();
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate) return;
      const { sdpMid, sdpMLineIndex, usernameFragment } = candidate;
      options.send({
        candidate: { candidate: candidate.candidate, sdpMid, sdpMLineIndex, usernameFragment },
      });
    };
    this.remote = new RemoteMedia(options.onRemoteStream);
    pc.ontrack = ({ track }) => this.remote.add(track);
    pc.oniceconnectionstatechange = () => {
      if (pc.iceConnectionState === 'failed') pc.restartIce();
    };
    if (options.initiator) KINDS.forEach((kind) => this.addLocalTransceiver(kind));
  }

  setTrack(kind: MediaKind, track: MediaStreamTrack | null): void {
    this.tracks[kind] = track;
    this.senders
      .get(kind)
      ?.replaceTrack(track)
      .catch(() => undefined);
  }

  async handleSignal(data: SignalData): Promise<void> {
    if ('candidate' in data) {
      if (!data.candidate) return;
      try {
        await this.pc.addIceCandidate(data.candidate);
      } catch (error) {
        // Candidates of an offer we ignored in a collision fail harmlessly.
        if (!this.ignoreOffer) throw error;
      }
      return;
    }
    const description = data.description as RTCSessionDescriptionInit;
    const pc = this.pc;
    const readyForOffer =
      !this.makingOffer && (pc.signalingState === 'stable' || this.settingRemoteAnswerPending);
    const offerCollision = description.type === 'offer' && !readyForOffer;
    this.ignoreOffer = !this.options.polite && offerCollision;
    if (this.ignoreOffer) return;

    this.settingRemoteAnswerPending = description.type === 'answer';
    if (offerCollision) {
      // Both calls enter the connection's operations chain now, so the rollback lands
      // after our own pending offer and before the remote one.
      await Promise.all([
        pc.setLocalDescription({ type: 'rollback' }).catch(() => undefined),
        pc.setRemoteDescription(description),
      ]);
    } else {
      await pc.setRemoteDescription(description);
    }
    this.settingRemoteAnswerPending = false;
    if (description.type !== 'offer') return;
    this.bindOfferedTransceivers();
    await pc.setLocalDescription();
    this.sendLocalDescription();
  }

  close(): void {
    const pc = this.pc;
    pc.onnegotiationneeded = null;
    pc.onicecandidate = null;
    pc.ontrack = null;
    pc.oniceconnectionstatechange = null;
    pc.close();
  }

  private addLocalTransceiver(kind: MediaKind): void {
    const track = this.tracks[kind];
    const sender = track
      ? this.pc.addTrack(track)
      : this.pc.addTransceiver(kind, { direction: 'sendrecv' }).sender;
    this.senders.set(kind, sender);
  }

  /** The answering side sends on the transceivers the offer created, one per kind. */
  private bindOfferedTransceivers(): void {
    for (const transceiver of this.pc.getTransceivers()) {
      const kind = transceiver.receiver.track.kind as MediaKind;
      if (this.senders.has(kind) || transceiver.currentDirection === 'stopped') continue;
      transceiver.direction = 'sendrecv';
      this.senders.set(kind, transceiver.sender);
      transceiver.sender.replaceTrack(this.tracks[kind]).catch(() => undefined);
    }
  }

  private async negotiate(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      this.sendLocalDescription();
    } catch {
      // A closed or rolled-back connection has nothing left to offer.
    } finally {
      this.makingOffer = false;
    }
  }

  private sendLocalDescription(): void {
    const local = this.pc.localDescription;
    if (local) this.options.send({ description: { type: local.type, sdp: local.sdp } });
  }
}
