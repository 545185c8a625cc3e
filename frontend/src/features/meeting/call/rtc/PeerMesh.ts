import type { IceServer, SignalData } from '@huddle/contract';
import type { MediaKind } from '../../utils/media';
import { PeerLink, type LocalTracks, type PeerLinkOptions } from './PeerLink';

export interface PeerMeshOptions {
  selfId: string;
  iceServers: IceServer[];
  send: (to: string, data: SignalData) => void;
  onRemoteStream: (peerId: string, stream: MediaStream | null) => void;
  createPeerConnection?: PeerLinkOptions['createPeerConnection'];
}

/** Polite side of a pair: the greater socket id. Both ends compute the same answer. */
export function isPolite(selfId: string, peerId: string): boolean {
  return selfId > peerId;
}

/** Every peer connection of one joined session: a full mesh keyed by socket id. */
export class PeerMesh {
  private readonly options: PeerMeshOptions;
  private readonly links = new Map<string, PeerLink>();
  private readonly tracks: LocalTracks = { audio: null, video: null };
  private closed = false;

  constructor(options: PeerMeshOptions) {
    this.options = options;
  }

  get peerIds(): string[] {
    return [...this.links.keys()];
  }

  setTrack(kind: MediaKind, track: MediaStreamTrack | null): void {
    if (this.tracks[kind] === track) return;
    this.tracks[kind] = track;
    this.links.forEach((link) => link.setTrack(kind, track));
  }

  /** The newcomer calls everyone already in the meeting. */
  connectTo(peerId: string): void {
    if (this.closed || this.links.has(peerId) || peerId === this.options.selfId) return;
    this.links.set(peerId, this.createLink(peerId, true));
  }

  async handleSignal(from: string, data: SignalData): Promise<void> {
    if (this.closed || from === this.options.selfId) return;
    const isOffer = 'description' in data && data.description.type === 'offer';
    let link = this.links.get(from);
    if (!link) {
      // Candidates of a peer we no longer know are leftovers from a connection we closed.
      if (!isOffer) return;
      link = this.createLink(from, false);
      this.links.set(from, link);
    }
    try {
      await link.handleSignal(data);
    } catch {
      if (!isOffer || this.links.get(from) !== link) return;
      // The peer started over with a fresh connection (new DTLS identity): follow it.
      this.remove(from);
      const fresh = this.createLink(from, false);
      this.links.set(from, fresh);
      await fresh.handleSignal(data).catch(() => this.remove(from));
    }
  }

  remove(peerId: string): void {
    const link = this.links.get(peerId);
    if (!link) return;
    this.links.delete(peerId);
    link.close();
    this.options.onRemoteStream(peerId, null);
  }

  close(): void {
    this.closed = true;
    [...this.links.keys()].forEach((peerId) => this.remove(peerId));
  }

  private createLink(peerId: string, initiator: boolean): PeerLink {
    const { selfId, iceServers, send, onRemoteStream, createPeerConnection } = this.options;
    return new PeerLink({
      polite: isPolite(selfId, peerId),
      initiator,
      configuration: { iceServers },
      tracks: { ...this.tracks },
      send: (data) => send(peerId, data),
      onRemoteStream: (stream) => onRemoteStream(peerId, stream),
      createPeerConnection,
    });
  }
}
