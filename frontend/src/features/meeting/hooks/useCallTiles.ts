import { useMemo } from 'react';
import type { Participant } from '@huddle/contract';
import type { TileModel } from '../components/VideoTile';
import type { RemoteStreams } from './usePeerMesh';

export interface SelfView {
  participant: Participant;
  videoTrack: MediaStreamTrack | null;
  audioTrack: MediaStreamTrack | null;
  audio: boolean;
  video: boolean;
  screen: boolean;
}

/** Tiles for the grid (self first) and the audio of each, for the speaker detector. */
export function useCallTiles(self: SelfView, participants: Participant[], remote: RemoteStreams) {
  const { videoTrack, audioTrack } = self;
  const selfVideo = useMemo(
    () => (videoTrack ? new MediaStream([videoTrack]) : null),
    [videoTrack],
  );
  const selfAudio = useMemo(
    () => (audioTrack ? new MediaStream([audioTrack]) : null),
    [audioTrack],
  );

  const tiles = useMemo<TileModel[]>(
    () => [
      {
        id: self.participant.id,
        name: self.participant.name,
        isSelf: true,
        stream: selfVideo,
        audio: self.audio,
        video: self.video,
        screen: self.screen,
      },
      ...participants.map((p) => ({
        id: p.id,
        name: p.name,
        isSelf: false,
        stream: remote.get(p.id) ?? null,
        audio: p.audio,
        video: p.video,
        screen: p.screen,
      })),
    ],
    [self.participant, self.audio, self.video, self.screen, selfVideo, participants, remote],
  );

  const audioStreams = useMemo(() => {
    const streams = new Map<string, MediaStream>(remote);
    if (selfAudio) streams.set(self.participant.id, selfAudio);
    return streams;
  }, [remote, selfAudio, self.participant.id]);

  return { tiles, audioStreams };
}
