import { useEffect, useRef, useState } from 'react';
import { request, type HuddleSocket } from '../../../../lib/socket';
import type { CallMedia, OutgoingMedia, RemoteFeed } from '../media/CallMedia';
import { createMeshCallMedia } from '../media/meshCallMedia';
import type { JoinedSession } from './roomReducer';

export type RemoteFeeds = ReadonlyMap<string, RemoteFeed>;

// livekit-client is the largest part of the app: it is loaded only when a call goes through the SFU.
const loadSfu = () => import('../media/sfuCallMedia');

/**
 * The call's media, through whichever plane the join chose: created after a (re)join and
 * closed, with every connection in it, when the session ends or the component unmounts.
 */
export function useCallMedia(
  socket: HuddleSocket | null,
  session: JoinedSession | null,
  outgoing: OutgoingMedia,
): { remote: RemoteFeeds; speakerId: string | null } {
  const [remote, setRemote] = useState<RemoteFeeds>(new Map());
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const mediaRef = useRef<CallMedia | null>(null);
  const outgoingRef = useRef(outgoing);

  useEffect(() => {
    outgoingRef.current = outgoing;
    mediaRef.current?.setOutgoing(outgoing);
  }, [outgoing]);

  useEffect(() => {
    if (!socket || !session) return;
    let disposed = false;
    const events = {
      onRemote: (participantId: string, feed: RemoteFeed | null) =>
        setRemote((current) => {
          const next = new Map(current);
          if (feed) next.set(participantId, feed);
          else next.delete(participantId);
          return next;
        }),
      onSpeaker: setSpeakerId,
    };
    const start = (media: CallMedia) => {
      if (disposed) return media.close();
      media.setOutgoing(outgoingRef.current);
      mediaRef.current = media;
    };
    const { media } = session;
    if (media.mode === 'sfu') {
      const renew = async () => {
        const fresh = (await request(socket, 'media:token', {})).media;
        if (fresh.mode !== 'sfu') throw new Error('The meeting no longer goes through the SFU.');
        return fresh;
      };
      void loadSfu().then(({ createSfuCallMedia }) =>
        start(createSfuCallMedia(media, events, renew)),
      );
    } else {
      const peerIds = session.participants.map((p) => p.id);
      const { iceServers } = media;
      start(createMeshCallMedia(socket, { selfId: session.self.id, peerIds, iceServers }, events));
    }

    return () => {
      disposed = true;
      mediaRef.current?.close();
      mediaRef.current = null;
      setRemote(new Map());
      setSpeakerId(null);
    };
  }, [socket, session]);

  return { remote, speakerId };
}
