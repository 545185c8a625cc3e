import { useMemo } from 'react';
import type { Participant } from '@huddle/contract';
import type { TileModel } from '../components/VideoTile';
import type { LocalTracks } from '../rtc/PeerLink';
import type { RemoteStreams } from './usePeerMesh';
import { useTrackStream } from '../../hooks/useTrackStream';

function toTile(participant: Participant, stream: MediaStream | null, isSelf: boolean): TileModel {
  const { id, name, audio, video, screen } = participant;
  return { id, name, isSelf, stream, audio, video, screen };
}

/** Tiles for the grid (self first) and the audio of each, for the speaker detector. */
export function useCallTiles(
  self: Participant,
  selfTracks: LocalTracks,
  participants: Participant[],
  remote: RemoteStreams,
) {
  const selfVideo = useTrackStream(selfTracks.video);
  const selfAudio = useTrackStream(selfTracks.audio);

  const tiles = useMemo<TileModel[]>(
    () => [
      toTile(self, selfVideo, true),
      ...participants.map((p) => toTile(p, remote.get(p.id) ?? null, false)),
    ],
    [self, selfVideo, participants, remote],
  );

  const audioStreams = useMemo(() => {
    const streams = new Map<string, MediaStream>(remote);
    if (selfAudio) streams.set(self.id, selfAudio);
    return streams;
  }, [remote, selfAudio, self.id]);

  return { tiles, audioStreams };
}
