import { useMemo } from 'react';
import type { Participant } from '@huddle/contract';
import type { TileModel } from '../components/VideoTile';
import type { RemoteFeed } from '../media/CallMedia';
import type { RemoteFeeds } from './useCallMedia';
import { useTrackStream } from '../../hooks/useTrackStream';

function toTile(
  participant: Participant,
  feed: Pick<RemoteFeed, 'stream' | 'bindVideo'> | null,
  isSelf: boolean,
): TileModel {
  const { id, name, audio, video, screen } = participant;
  return {
    id,
    name,
    isSelf,
    stream: feed?.stream ?? null,
    bindVideo: feed?.bindVideo,
    audio,
    video,
    screen,
  };
}

/** Tiles for the grid: ourselves first (our screen or camera), then everyone else. */
export function useCallTiles(
  self: Participant,
  selfVideo: MediaStreamTrack | null,
  participants: Participant[],
  remote: RemoteFeeds,
): TileModel[] {
  const selfStream = useTrackStream(selfVideo);
  return useMemo<TileModel[]>(
    () => [
      toTile(self, selfStream && { stream: selfStream }, true),
      ...participants.map((p) => toTile(p, remote.get(p.id) ?? null, false)),
    ],
    [self, selfStream, participants, remote],
  );
}
