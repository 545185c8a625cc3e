import type { SignalData } from '@huddle/contract';
import {
  createFakePeerConnection,
  FakePeerConnection,
  fakeTrack,
} from '../../../../test/fakePeerConnection';
import { isPolite, PeerMesh } from './PeerMesh';

class FakeMediaStream {
  constructor(public tracks: MediaStreamTrack[] = []) {}
  getTracks = () => this.tracks;
}

const offer: SignalData = { description: { type: 'offer', sdp: 'remote offer' } };

function setup(selfId = 'b-self') {
  const sent: { to: string; data: SignalData }[] = [];
  const streams = new Map<string, unknown>();
  const mesh = new PeerMesh({
    selfId,
    iceServers: [{ urls: 'stun:stun.example.org' }],
    send: (to, data) => sent.push({ to, data }),
    onRemoteStream: (peerId, stream) => streams.set(peerId, stream),
    createPeerConnection: createFakePeerConnection,
  });
  return { mesh, sent, streams, pcs: FakePeerConnection.instances };
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

beforeEach(() => {
  FakePeerConnection.instances = [];
  vi.stubGlobal('MediaStream', FakeMediaStream);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isPolite', () => {
  it('when two ids meet, then exactly one side is polite, whichever side asks', () => {
    expect(isPolite('aaa', 'bbb')).not.toBe(isPolite('bbb', 'aaa'));
    expect(isPolite('bbb', 'aaa')).toBe(true);
  });
});

describe('PeerMesh', () => {
  it('when the newcomer connects, then one transceiver per kind carries its current tracks', () => {
    const { mesh, pcs } = setup();
    const mic = fakeTrack('audio');
    mesh.setTrack('audio', mic);

    mesh.connectTo('peer-1');

    expect(pcs).toHaveLength(1);
    expect(pcs[0]!.configuration.iceServers).toEqual([{ urls: 'stun:stun.example.org' }]);
    expect(pcs[0]!.addTrack).toHaveBeenCalledWith(mic);
    expect(pcs[0]!.addTransceiver).toHaveBeenCalledWith('video', { direction: 'sendrecv' });
    expect(pcs[0]!.transceivers.map((t) => t.receiver.track.kind)).toEqual(['audio', 'video']);
  });

  it('when connecting twice to the same peer, then a single connection exists', () => {
    const { mesh, pcs } = setup();

    mesh.connectTo('peer-1');
    mesh.connectTo('peer-1');

    expect(pcs).toHaveLength(1);
  });

  it('when a track changes, then every connection replaces it without a new transceiver', () => {
    const { mesh, pcs } = setup();
    mesh.connectTo('peer-1');
    mesh.connectTo('peer-2');
    const screen = fakeTrack('video', 'screen');

    mesh.setTrack('video', screen);

    for (const pc of pcs) {
      expect(pc.transceivers).toHaveLength(2);
      expect(pc.transceivers[1]!.sender.replaceTrack).toHaveBeenCalledWith(screen);
    }
  });

  it('when negotiation is needed, then the offer goes to that peer', async () => {
    const { mesh, pcs, sent } = setup();
    mesh.connectTo('peer-1');

    pcs[0]!.onnegotiationneeded?.();
    await flush();

    expect(sent).toEqual([
      { to: 'peer-1', data: { description: { type: 'offer', sdp: 'local offer' } } },
    ]);
  });

  it('when an unknown peer offers, then we answer, sending our tracks on its transceivers', async () => {
    const { mesh, pcs, sent } = setup();
    const camera = fakeTrack('video');
    mesh.setTrack('video', camera);

    await mesh.handleSignal('peer-1', offer);

    const pc = pcs[0]!;
    expect(pc.addTrack).not.toHaveBeenCalled();
    expect(pc.transceivers.every((t) => t.direction === 'sendrecv')).toBe(true);
    expect(pc.transceivers[1]!.sender.replaceTrack).toHaveBeenCalledWith(camera);
    expect(sent.at(-1)).toEqual({
      to: 'peer-1',
      data: { description: { type: 'answer', sdp: 'local answer' } },
    });
  });

  it('when a candidate comes from a peer we do not know, then no connection is created', async () => {
    const { mesh, pcs } = setup();

    await mesh.handleSignal('ghost', { candidate: { candidate: 'candidate:1', sdpMid: '0' } });

    expect(pcs).toHaveLength(0);
  });

  it('when offers collide on the impolite side, then the remote offer is ignored', async () => {
    const { mesh, pcs } = setup('a-self');
    mesh.connectTo('z-peer');
    const pc = pcs[0]!;
    pc.signalingState = 'have-local-offer';

    await mesh.handleSignal('z-peer', offer);

    expect(pc.setRemoteDescription).not.toHaveBeenCalled();
  });

  it('when offers collide on the polite side, then ours is rolled back and theirs answered', async () => {
    const { mesh, pcs, sent } = setup('z-self');
    mesh.connectTo('a-peer');
    const pc = pcs[0]!;
    pc.signalingState = 'have-local-offer';

    await mesh.handleSignal('a-peer', offer);

    expect(pc.setLocalDescription).toHaveBeenCalledWith({ type: 'rollback' });
    expect(pc.setRemoteDescription).toHaveBeenCalledWith(offer.description);
    expect(sent.at(-1)?.data).toEqual({ description: { type: 'answer', sdp: 'local answer' } });
  });

  it('when ICE fails, then the connection restarts ICE', () => {
    const { mesh, pcs } = setup();
    mesh.connectTo('peer-1');
    const pc = pcs[0]!;

    pc.iceConnectionState = 'failed';
    pc.oniceconnectionstatechange?.();

    expect(pc.restartIce).toHaveBeenCalledOnce();
  });

  it('when a remote track arrives, then the peer gets a stream with it', () => {
    const { mesh, pcs, streams } = setup();
    mesh.connectTo('peer-1');
    const remoteVideo = fakeTrack('video', 'remote');

    pcs[0]!.ontrack?.({ track: remoteVideo });

    expect((streams.get('peer-1') as FakeMediaStream).tracks).toEqual([remoteVideo]);
  });

  it('when a participant leaves, then its connection closes and its stream is dropped', () => {
    const { mesh, pcs, streams } = setup();
    mesh.connectTo('peer-1');
    mesh.connectTo('peer-2');

    mesh.remove('peer-1');

    expect(pcs[0]!.closed).toBe(true);
    expect(pcs[1]!.closed).toBe(false);
    expect(streams.get('peer-1')).toBeNull();
    expect(mesh.peerIds).toEqual(['peer-2']);
  });

  it('when the mesh closes, then every connection closes and later offers are ignored', async () => {
    const { mesh, pcs } = setup();
    mesh.connectTo('peer-1');
    mesh.connectTo('peer-2');

    mesh.close();
    await mesh.handleSignal('peer-3', offer);

    expect(pcs.map((pc) => pc.closed)).toEqual([true, true]);
    expect(pcs).toHaveLength(2);
  });
});
