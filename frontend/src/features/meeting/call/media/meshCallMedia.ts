import type { IceServer, ServerToClientEvents } from '@huddle/contract';
import type { HuddleSocket } from '../../../../lib/socket';
import { PeerMesh } from '../rtc/PeerMesh';
import { SpeakerDetector } from '../rtc/SpeakerDetector';
import type { CallMedia, CallMediaEvents } from './CallMedia';

interface MeshSession {
  selfId: string;
  /** Everyone already in the meeting: the newcomer calls each of them. */
  peerIds: string[];
  iceServers: IceServer[];
}

/**
 * The mesh: a peer connection to every other participant, signalled over Socket.IO, and the
 * active speaker found by measuring every stream's sound here.
 */
export function createMeshCallMedia(
  socket: HuddleSocket,
  session: MeshSession,
  events: CallMediaEvents,
): CallMedia {
  const { selfId } = session;
  const streams = new Map<string, MediaStream>();
  let ownSound: MediaStream | null = null;
  const speakers =
    typeof AudioContext === 'undefined'
      ? null
      : new SpeakerDetector({ onChange: events.onSpeaker });
  const measure = () =>
    speakers?.setStreams(ownSound ? new Map([...streams, [selfId, ownSound]]) : streams);

  const mesh = new PeerMesh({
    selfId,
    iceServers: session.iceServers,
    send: (to, data) => {
      if (socket.connected) socket.emit('signal', { to, data }, () => undefined);
    },
    onRemoteStream: (peerId, stream) => {
      if (stream) streams.set(peerId, stream);
      else streams.delete(peerId);
      measure();
      events.onRemote(peerId, stream ? { stream } : null);
    },
  });

  const onSignal: ServerToClientEvents['signal'] = ({ from, data }) =>
    void mesh.handleSignal(from, data);
  const onLeft: ServerToClientEvents['participant:left'] = ({ id }) => mesh.remove(id);
  socket.on('signal', onSignal);
  socket.on('participant:left', onLeft);
  // Deferred so that a StrictMode mount-unmount-mount never sends a throwaway offer.
  const dial = setTimeout(() => session.peerIds.forEach((id) => mesh.connectTo(id)));

  return {
    setOutgoing({ audio, camera, screen }) {
      mesh.setTrack('audio', audio);
      // The screen replaces the camera on the same sender: no renegotiation.
      mesh.setTrack('video', screen ?? camera);
      if (ownSound?.getAudioTracks()[0] !== (audio ?? undefined)) {
        ownSound = audio ? new MediaStream([audio]) : null;
        measure();
      }
    },
    close() {
      clearTimeout(dial);
      socket.off('signal', onSignal);
      socket.off('participant:left', onLeft);
      mesh.close();
      speakers?.close();
    },
  };
}
