import {
  Room,
  RoomEvent,
  Track,
  VideoPresets,
  type LocalTrackPublication,
  type Participant,
  type RemoteParticipant,
  type RemoteTrack,
} from 'livekit-client';
import type { CallMedia, CallMediaEvents, OutgoingMedia, RemoteFeed } from './CallMedia';

interface SfuAccess {
  url: string;
  token: string;
}

type Sent = 'audio' | 'camera' | 'screen';

const SOURCES: Record<Sent, Track.Source> = {
  audio: Track.Source.Microphone,
  camera: Track.Source.Camera,
  screen: Track.Source.ScreenShare,
};

/**
 * The call through LiveKit: each track is sent once to the SFU, which forwards to each
 * participant only what their tiles show (adaptive stream, simulcast layers, dynacast).
 */
export function createSfuCallMedia(access: SfuAccess, events: CallMediaEvents): CallMedia {
  const room = new Room({
    adaptiveStream: true,
    dynacast: true,
    // The tracks belong to the page (pre-join preview, device switch); the SFU only sends them.
    stopLocalTrackOnUnpublish: false,
    publishDefaults: {
      simulcast: true,
      videoSimulcastLayers: [VideoPresets.h180, VideoPresets.h360],
    },
  });
  const published = new Map<Sent, LocalTrackPublication>();
  let wanted: OutgoingMedia | null = null;
  let closed = false;
  // Publishing is asynchronous: changes are applied one at a time, in order.
  let applying: Promise<void> = Promise.resolve();

  const report = (participant: RemoteParticipant) =>
    events.onRemote(participant.identity, feedOf(participant));

  room
    .on(RoomEvent.TrackSubscribed, (_track, _publication, participant) => report(participant))
    .on(RoomEvent.TrackUnsubscribed, (_track, _publication, participant) => report(participant))
    .on(RoomEvent.ParticipantDisconnected, (participant) =>
      events.onRemote(participant.identity, null),
    )
    .on(RoomEvent.ActiveSpeakersChanged, (speakers: Participant[]) =>
      events.onSpeaker(speakers[0]?.identity ?? null),
    );

  const apply = async () => {
    if (closed || !wanted || room.state !== 'connected') return;
    const tracks: Record<Sent, MediaStreamTrack | null> = {
      audio: wanted.audio,
      camera: wanted.camera,
      screen: wanted.screen,
    };
    const on: Record<Sent, boolean> = {
      audio: wanted.on.audio,
      camera: wanted.on.video,
      screen: true,
    };
    for (const kind of ['audio', 'camera', 'screen'] as const) {
      await sync(kind, tracks[kind], on[kind]);
    }
  };

  async function sync(kind: Sent, track: MediaStreamTrack | null, on: boolean) {
    const current = published.get(kind);
    if (!track) {
      if (current?.track) await room.localParticipant.unpublishTrack(current.track, false);
      published.delete(kind);
      return;
    }
    if (!current?.track) {
      const publication = await room.localParticipant.publishTrack(track, {
        source: SOURCES[kind],
        simulcast: kind === 'camera',
      });
      published.set(kind, publication);
    } else if (current.track.mediaStreamTrack !== track) {
      await current.track.replaceTrack(track, { userProvidedTrack: true });
    }
    // Muted, the SFU stops forwarding it; the track itself stays ready to turn back on.
    const local = published.get(kind)!.track!;
    if (on && local.isMuted) await local.unmute();
    if (!on && !local.isMuted) await local.mute();
  }

  const schedule = () => {
    applying = applying.then(apply).catch(() => undefined);
  };

  void room
    .connect(access.url, access.token, { autoSubscribe: true })
    .then(() => {
      if (closed) return room.disconnect();
      room.remoteParticipants.forEach(report);
      schedule();
    })
    .catch(() => undefined);

  return {
    setOutgoing(outgoing) {
      wanted = outgoing;
      schedule();
    },
    close() {
      closed = true;
      void room.disconnect();
    },
  };
}

/** Their microphone, and their screen while they present, else their camera. */
function feedOf(participant: RemoteParticipant): RemoteFeed | null {
  const subscribed = (source: Track.Source) =>
    participant.getTrackPublication(source)?.track as RemoteTrack | undefined;
  const audio = subscribed(Track.Source.Microphone);
  const video = subscribed(Track.Source.ScreenShare) ?? subscribed(Track.Source.Camera);
  const tracks = [audio, video].flatMap((track) => (track ? [track.mediaStreamTrack] : []));
  if (tracks.length === 0) return null;
  return {
    stream: new MediaStream(tracks),
    bindVideo: video
      ? (element) => {
          video.attach(element);
          return () => void video.detach(element);
        }
      : undefined,
  };
}
