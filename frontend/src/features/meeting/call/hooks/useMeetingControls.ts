import { useMemo } from 'react';
import type { MeetingUpdatePayload, Reaction } from '@huddle/contract';
import { request, type HuddleSocket } from '../../../../lib/socket';

export interface MeetingControls {
  raiseHand: (raised: boolean) => void;
  react: (emoji: Reaction) => void;
  /** Hosts and co-hosts only; the server answers FORBIDDEN to anyone else. */
  host: {
    mute: (id: string, kind: 'audio' | 'video') => void;
    lowerHand: (id: string) => void;
    promote: (id: string) => void;
    demote: (id: string) => void;
    remove: (id: string) => void;
    admit: (id: string) => void;
    deny: (id: string) => void;
    update: (settings: MeetingUpdatePayload) => void;
    end: () => void;
  };
}

/** The call's requests beyond media and chat; a refusal is shown through `onError`. */
export function useMeetingControls(
  socket: HuddleSocket | null,
  onError: (message: string) => void,
): MeetingControls {
  return useMemo(() => {
    const send = <T>(emit: (socket: HuddleSocket) => Promise<T>) => {
      if (!socket) return;
      emit(socket).catch((error: Error) => onError(error.message));
    };
    return {
      raiseHand: (raised) => send((s) => request(s, 'hand:raise', { raised })),
      react: (emoji) => send((s) => request(s, 'reaction:send', { emoji })),
      host: {
        mute: (id, kind) => send((s) => request(s, 'participant:mute', { id, kind })),
        lowerHand: (id) => send((s) => request(s, 'hand:raise', { raised: false, id })),
        promote: (id) => send((s) => request(s, 'participant:promote', { id })),
        demote: (id) => send((s) => request(s, 'participant:demote', { id })),
        remove: (id) => send((s) => request(s, 'participant:remove', { id })),
        admit: (id) => send((s) => request(s, 'lobby:admit', { id })),
        deny: (id) => send((s) => request(s, 'lobby:deny', { id })),
        update: (settings) => send((s) => request(s, 'meeting:update', settings)),
        end: () => send((s) => request(s, 'meeting:end', {})),
      },
    };
  }, [socket, onError]);
}
