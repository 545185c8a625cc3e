import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { SocketReservedEvents } from 'socket.io-client';
import type { MediaUpdatePayload, ServerToClientEvents } from '@huddle/contract';
import {
  createSocket,
  RealtimeError,
  request,
  type HuddleSocket,
  type SocketIdentity,
} from '../../../../lib/socket';
import { subscribeAuthState } from '../../../../lib/authStore';
import { joinWithRetry } from './joinWithRetry';
import {
  initialRoomState,
  roomReducer,
  type JoinedSession,
  type RoomExit,
  type RoomState,
} from './roomReducer';

export type MediaState = Required<MediaUpdatePayload>;

type Listeners = SocketReservedEvents & ServerToClientEvents;
/** An event and a listener of that event's own signature. */
type Subscription = { [E in keyof Listeners]: readonly [E, Listeners[E]] }[keyof Listeners];

export interface MeetingRoom extends RoomState {
  socket: HuddleSocket | null;
  join: (identity: SocketIdentity) => void;
  leave: () => Promise<void>;
}

function toRealtimeError(error: unknown): RealtimeError {
  if (error instanceof RealtimeError) return error;
  // A refused handshake carries only the code; JoinError words it for the user.
  if (error instanceof Error && error.message === 'UNAUTHORIZED') {
    return new RealtimeError('UNAUTHORIZED', error.message);
  }
  return new RealtimeError('CONNECTION_FAILED', 'Could not reach Huddle. Check your connection.');
}

/**
 * The socket and the meeting's membership. A connection that comes back within the server's
 * recovery window resumes as it was; any other (re)connect joins again, with a new socket id
 * and a new session.
 */
export function useMeetingRoom(
  code: string,
  media: MediaState,
  /** The meeting put us out (ended, removed, not let in): time to stop the camera. */
  onExit: () => void,
): MeetingRoom {
  const [state, dispatch] = useReducer(roomReducer, initialRoomState);
  const [identity, setIdentity] = useState<SocketIdentity | null>(null);
  const [socket, setSocket] = useState<HuddleSocket | null>(null);
  const { audio, video, screen } = media;
  const mediaRef = useRef(media);
  const sentMedia = useRef<MediaState | null>(null);
  const onExitRef = useRef(onExit);

  useEffect(() => {
    mediaRef.current = { audio, video, screen };
  }, [audio, video, screen]);

  useEffect(() => {
    onExitRef.current = onExit;
  }, [onExit]);

  useEffect(() => {
    if (!identity) return;
    const next = createSocket(identity);
    let disposed = false;

    const fail = (error: unknown) => {
      if (disposed) return;
      disposed = true;
      dispatch({ type: 'failed', error: toRealtimeError(error) });
      setIdentity(null);
    };
    // The join of the current connection; a drop abandons it (the next connect joins anew).
    let joining = new AbortController();
    const enter = (session: JoinedSession) => {
      if (disposed) return;
      const { audio: sentAudio, video: sentVideo } = session.self;
      sentMedia.current = { audio: sentAudio, video: sentVideo, screen: false };
      dispatch({ type: 'joined', session });
    };
    // The meeting put us out: nothing more to hear on this socket.
    const exit = (reason: RoomExit, error?: RealtimeError) => {
      if (disposed) return;
      dispatch({ type: 'exited', exit: reason, error });
      setIdentity(null);
      onExitRef.current();
    };
    const onConnect = () => {
      // Back within the server's recovery window: same id, same meeting, missed events replayed.
      // Otherwise (a first connect, or recovery failed) join again.
      if (next.recovered && sentMedia.current) {
        dispatch({ type: 'recovered' });
        return;
      }
      const joinMedia = mediaRef.current;
      const attempt = new AbortController();
      joining = attempt;
      dispatch({ type: 'join-sent' });
      joinWithRetry(
        () =>
          request(next, 'meeting:join', { code, audio: joinMedia.audio, video: joinMedia.video }),
        attempt.signal,
      )
        .then((result) => {
          if ('waiting' in result) {
            if (!disposed) dispatch({ type: 'waiting', hostPresent: result.hostPresent });
          } else enter(result);
        })
        .catch((error: unknown) => {
          if (!attempt.signal.aborted) fail(error);
        });
    };
    const onDisconnect = (reason: string) => {
      joining.abort(new Error('disconnected'));
      dispatch({ type: 'disconnected' });
      // The client only retries by itself after transport failures; a server-side drop
      // (a restart, a refused token) gets one fresh attempt with a fresh token.
      if (reason === 'io server disconnect' && !disposed) next.connect();
    };
    // While `active`, the client retries by itself; otherwise the server refused us.
    const onConnectError = (error: Error) => {
      if (!next.active || !sentMedia.current) fail(error);
    };
    const on: Partial<ServerToClientEvents> = {
      'participant:joined': ({ participant }) =>
        dispatch({ type: 'participant-joined', participant }),
      'participant:updated': ({ participant }) =>
        dispatch({ type: 'participant-updated', participant }),
      'participant:left': ({ id }) => dispatch({ type: 'participant-left', id }),
      'lobby:admitted': enter,
      'lobby:denied': ({ error }) =>
        exit('denied', error && new RealtimeError(error.code, error.message)),
      'lobby:status': ({ hostPresent }) => dispatch({ type: 'waiting', hostPresent }),
      'lobby:knock': ({ participant }) => dispatch({ type: 'knock', participant }),
      'lobby:left': ({ id }) => dispatch({ type: 'knock-left', id }),
      'meeting:updated': ({ meeting }) => dispatch({ type: 'meeting-updated', meeting }),
      'meeting:ended': () => exit('ended'),
      'meeting:removed': () => exit('removed'),
      // The server closes the socket right after: signed out, or the session could not be renewed.
      'session:ended': ({ error }) => fail(new RealtimeError(error.code, error.message)),
    };

    const listeners: Subscription[] = [
      ['connect', onConnect],
      ['disconnect', onDisconnect],
      ['connect_error', onConnectError],
      ...(Object.entries(on) as Subscription[]),
    ];
    listeners.forEach(([event, listener]) => next.on(event, listener));
    // Each renewed access token goes over the open socket before the one it holds expires.
    const stopRenewing =
      identity.kind === 'member'
        ? subscribeAuthState((auth) => {
            if (auth && next.connected) {
              request(next, 'auth:refresh', { token: auth.accessToken }).catch(() => undefined);
            }
          })
        : () => undefined;
    dispatch({ type: 'connecting' });
    sentMedia.current = null;
    setSocket(next);
    next.connect();

    return () => {
      disposed = true;
      joining.abort(new Error('left'));
      stopRenewing();
      listeners.forEach(([event, listener]) => next.off(event, listener));
      next.disconnect();
      setSocket(null);
    };
  }, [identity, code]);

  useEffect(() => {
    const sent = sentMedia.current;
    if (!socket || state.status !== 'joined' || !sent) return;
    const current = { audio, video, screen };
    const patch: MediaUpdatePayload = {};
    for (const key of ['audio', 'video', 'screen'] as const) {
      if (current[key] !== sent[key]) patch[key] = current[key];
    }
    if (Object.keys(patch).length === 0) return;
    sentMedia.current = current;
    request(socket, 'media:update', patch).catch(() => undefined);
  }, [socket, state.status, state.session, audio, video, screen]);

  const join = useCallback((next: SocketIdentity) => setIdentity(next), []);

  const leave = useCallback(async () => {
    if (socket?.connected) await request(socket, 'meeting:leave', {}, 2000).catch(() => undefined);
    setIdentity(null);
    dispatch({ type: 'left' });
  }, [socket]);

  return { ...state, socket, join, leave };
}
