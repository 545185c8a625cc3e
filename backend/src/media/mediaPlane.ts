import { AccessToken, RoomServiceClient, ServerError, TrackSource } from 'livekit-server-sdk';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import type { IceServer, MediaAccess } from '@huddle/contract';
import type { LiveKitConnection } from './livekitServer.js';

/** A participant Huddle has just admitted to a meeting. */
export interface AdmittedParticipant {
  code: string;
  participantId: string;
  name: string;
  iceServers: IceServer[];
}

/** Where media flows. Huddle decides who is in a meeting; the media plane only carries media. */
export interface MediaPlane {
  /** Origins the browser connects to for media, for the page's Content-Security-Policy. */
  connectSources: string[];
  /** What an admitted participant needs to send and receive the meeting's media. */
  access(participant: AdmittedParticipant): Promise<MediaAccess>;
  /**
   * Stops the meeting's media reaching or leaving a participant who is no longer in it.
   * Never rejects: a failure is logged (the participant is out of the meeting either way).
   */
  removeParticipant(code: string, participantId: string): Promise<void>;
}

/** The one place LiveKit room names are made: one room per meeting. */
function mediaRoomFor(code: string): string {
  return code;
}

const PUBLISHED_SOURCES = [
  TrackSource.CAMERA,
  TrackSource.MICROPHONE,
  TrackSource.SCREEN_SHARE,
  TrackSource.SCREEN_SHARE_AUDIO,
];

export function createMediaPlane(
  media: Config['media'],
  livekit: LiveKitConnection | undefined,
  logger: Logger,
): MediaPlane {
  if (media.mode === 'mesh') return meshPlane;
  if (!livekit) throw new Error('MEDIA_MODE=sfu needs a LiveKit server.');
  return sfuPlane(livekit, media.tokenTtlSeconds, logger);
}

const meshPlane: MediaPlane = {
  connectSources: [],
  access: async ({ iceServers }) => ({ mode: 'mesh', iceServers }),
  // Peers close their connections to whoever `participant:left` names.
  removeParticipant: async () => undefined,
};

function sfuPlane(livekit: LiveKitConnection, tokenTtlSeconds: number, logger: Logger): MediaPlane {
  const rooms = new RoomServiceClient(livekit.url, livekit.apiKey, livekit.apiSecret, {
    requestTimeout: 5,
  });
  return {
    connectSources: connectSourcesOf(livekit.url),
    async access({ code, participantId, name }) {
      const token = new AccessToken(livekit.apiKey, livekit.apiSecret, {
        identity: participantId,
        name,
        ttl: tokenTtlSeconds,
      });
      // Joining this one room to publish and subscribe media: no data, metadata or admin rights.
      token.addGrant({
        roomJoin: true,
        room: mediaRoomFor(code),
        canPublish: true,
        canPublishSources: PUBLISHED_SOURCES,
        canSubscribe: true,
        canPublishData: false,
        canUpdateOwnMetadata: false,
      });
      return { mode: 'sfu', url: livekit.url, token: await token.toJwt() };
    },
    async removeParticipant(code, participantId) {
      try {
        await rooms.removeParticipant(mediaRoomFor(code), participantId);
      } catch (error) {
        // Not (or no longer) connected to the SFU: nothing to remove.
        if (error instanceof ServerError && error.status === 404) return;
        logger.warn({ err: error, code }, 'could not remove a participant from the SFU');
      }
    },
  };
}

/**
 * The SFU's origin over WebSocket (signalling) and HTTP (the client's connection checks).
 * LiveKit Cloud also sends clients to regional hosts of its own domain.
 */
function connectSourcesOf(url: string): string[] {
  const { hostname, host, protocol } = new URL(url);
  const secure = protocol === 'wss:' || protocol === 'https:';
  const hosts = hostname.endsWith('.livekit.cloud') ? [host, '*.livekit.cloud'] : [host];
  return hosts.flatMap((name) =>
    secure ? [`wss://${name}`, `https://${name}`] : [`ws://${name}`, `http://${name}`],
  );
}
