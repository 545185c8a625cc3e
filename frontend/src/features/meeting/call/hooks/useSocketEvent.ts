import { useEffect, useRef } from 'react';
import type { ServerToClientEvents } from '@huddle/contract';
import type { HuddleSocket } from '../../../../lib/socket';

/** Listens to one server event for as long as the socket and the component live. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  socket: HuddleSocket | null,
  event: E,
  listener: ServerToClientEvents[E],
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);

  useEffect(() => {
    if (!socket) return;
    const forward = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...a: typeof args) => void)(...args)) as ServerToClientEvents[E];
    const typed = socket as unknown as {
      on(event: E, fn: ServerToClientEvents[E]): void;
      off(event: E, fn: ServerToClientEvents[E]): void;
    };
    typed.on(event, forward);
    return () => typed.off(event, forward);
  }, [socket, event]);
}
