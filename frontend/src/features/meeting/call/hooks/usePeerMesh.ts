import { useEffect, useRef, useState } from 'react';
import type { ServerToClientEvents } from '@huddle/contract';
import type { HuddleSocket } from '../../../../lib/socket';
import { PeerMesh } from '../rtc/PeerMesh';
import type { LocalTracks } from '../rtc/PeerLink';
import type { JoinedSession } from './roomReducer';

export type RemoteStreams = ReadonlyMap<string, MediaStream>;

/**
 * One PeerMesh per joined session: created after a (re)join, closed with every connection
 * in it when the session ends, the socket goes away or the component unmounts.
 */
export function usePeerMesh(
  socket: HuddleSocket | null,
  session: JoinedSession | null,
  tracks: LocalTracks,
): RemoteStreams {
  const [streams, setStreams] = useState<RemoteStreams>(new Map());
  const meshRef = useRef<PeerMesh | null>(null);
  const tracksRef = useRef(tracks);

  useEffect(() => {
    tracksRef.current = tracks;
    meshRef.current?.setTrack('audio', tracks.audio);
    meshRef.current?.setTrack('video', tracks.video);
  }, [tracks]);

  useEffect(() => {
    if (!socket || !session) return;
    const mesh = new PeerMesh({
      selfId: session.self.id,
      iceServers: session.iceServers,
      send: (to, data) => {
        if (socket.connected) socket.emit('signal', { to, data }, () => undefined);
      },
      onRemoteStream: (peerId, stream) =>
        setStreams((current) => {
          const next = new Map(current);
          if (stream) next.set(peerId, stream);
          else next.delete(peerId);
          return next;
        }),
    });
    mesh.setTrack('audio', tracksRef.current.audio);
    mesh.setTrack('video', tracksRef.current.video);
    meshRef.current = mesh;

    const onSignal: ServerToClientEvents['signal'] = ({ from, data }) =>
      void mesh.handleSignal(from, data);
    const onLeft: ServerToClientEvents['participant:left'] = ({ id }) => mesh.remove(id);
    socket.on('signal', onSignal);
    socket.on('participant:left', onLeft);
    // Deferred so that a StrictMode mount-unmount-mount never sends a throwaway offer.
    const dial = setTimeout(() => session.participants.forEach((p) => mesh.connectTo(p.id)));

    return () => {
      clearTimeout(dial);
      socket.off('signal', onSignal);
      socket.off('participant:left', onLeft);
      mesh.close();
      meshRef.current = null;
      setStreams(new Map());
    };
  }, [socket, session]);

  return streams;
}
