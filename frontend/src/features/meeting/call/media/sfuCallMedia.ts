import {
  DisconnectReason,
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

// LiveKit's own reconnection (resume, then a new join with the token it holds) is given a few
// seconds; past them the SFU was most likely restarted and our token, good only for connecting,
// has expired: the room is joined again with a fresh one from Huddle.
const SFU_RETRY_DELAYS_MS = [0, 300, 1200, 2700];
const REJOIN_DELAY_MAX_MS = 5000;
/** Disconnects that are final: we left, Huddle put us out, or this identity joined elsewhere. */
const FINAL = new Set<DisconnectReason | undefined>([
  DisconnectReason.CLIENT_INITIATED,
  DisconnectReason.PARTICIPANT_REMOVED,
  DisconnectReason.ROOM_DELETED,
  DisconnectReason.DUPLICATE_IDENTITY,
]);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SOURCES: Record<Sent, Track.Source> = {
  audio: Track.Source.Microphone,
  camera: Track.Source.Camera,
  screen: Track.Source.ScreenShare,
};

/**
 * The call through LiveKit: each track is sent once to the SFU, which forwards to each
 * participant only what their tiles show (adaptive stream, simulcast layers, dynacast).
 */
export function createSfuCallMedia(
  access: SfuAccess,
  events: CallMediaEvents,
  /** A fresh access for this participant, still in the meeting (Huddle's `media:token`). */
  renew: () => Promise<SfuAccess>,
): CallMedia {
  const room = new Room({
    adaptiveStream: true,
    dynacast: true,
    reconnectPolicy: {
      nextRetryDelayInMs: ({ retryCount }) => SFU_RETRY_DELAYS_MS[retryCount] ?? null,
    },
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
    )
    .on(RoomEvent.Disconnected, (reason?: DisconnectReason) => {
      // What we published went with the connection; it is published again once back.
      published.clear();
      if (!closed && !FINAL.has(reason)) void connect({ fresh: true });
    });

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

  /** Joins the SFU room, retrying with backoff (and a fresh token when `fresh`) until closed. */
  let connecting = false;
  async function connect({ fresh }: { fresh: boolean }) {
    // A failed attempt may itself end in Disconnected: one loop at a time.
    if (connecting) return;
    connecting = true;
    try {
      await connectUntilClosed(fresh);
    } finally {
      connecting = false;
    }
  }

  async function connectUntilClosed(fresh: boolean) {
    for (let attempt = 0; !closed; attempt += 1) {
      try {
        const current = fresh || attempt > 0 ? await renew() : access;
        if (closed) return;
        await room.connect(current.url, current.token, { autoSubscribe: true });
        if (closed) return void room.disconnect();
        room.remoteParticipants.forEach(report);
        schedule();
        return;
      } catch {
        await pause(Math.min(500 * 2 ** attempt, REJOIN_DELAY_MAX_MS));
      }
    }
  }
  void connect({ fresh: false });

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
