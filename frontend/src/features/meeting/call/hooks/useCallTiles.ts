import { useMemo } from 'react';
import type { Participant } from '@huddle/contract';
import type { TileModel } from '../components/VideoTile';
import type { RemoteFeed } from '../media/CallMedia';
import type { RemoteFeeds } from './useCallMedia';
import type { ShownReaction } from './useReactions';
import { useTrackStream } from '../../hooks/useTrackStream';

function toTile(
  participant: Participant,
  feed: Pick<RemoteFeed, 'stream' | 'bindVideo'> | null,
  isSelf: boolean,
  reactions: ReadonlyMap<string, ShownReaction>,
): TileModel {
  const { id, name, isGuest, audio, video, screen, handRaised } = participant;
  return {
    id,
    name,
    isGuest,
    isSelf,
    stream: feed?.stream ?? null,
    bindVideo: feed?.bindVideo,
    audio,
    video,
    screen,
    handRaised,
    reaction: reactions.get(id) ?? null,
  };
}

/** Tiles for the grid: ourselves first (our screen or camera), then everyone else. */
export function useCallTiles(
  self: Participant,
  selfVideo: MediaStreamTrack | null,
  participants: Participant[],
  remote: RemoteFeeds,
  reactions: ReadonlyMap<string, ShownReaction>,
): TileModel[] {
  const selfStream = useTrackStream(selfVideo);
  return useMemo<TileModel[]>(
    () => [
      toTile(self, selfStream && { stream: selfStream }, true, reactions),
      ...participants.map((p) => toTile(p, remote.get(p.id) ?? null, false, reactions)),
    ],
    [self, selfStream, participants, remote, reactions],
  );
}
