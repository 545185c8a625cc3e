import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reaction, ServerToClientEvents } from '@huddle/contract';
import type { HuddleSocket } from '../../../../lib/socket';
import { useSocketEvent } from './useSocketEvent';

export interface ShownReaction {
  emoji: Reaction;
  /** New for every reaction, so the same emoji twice plays its animation twice. */
  key: number;
}

const SHOWN_MS = 2500;

/** The latest reaction of each participant, for as long as its animation plays. */
export function useReactions(socket: HuddleSocket | null): ReadonlyMap<string, ShownReaction> {
  const [shown, setShown] = useState<ReadonlyMap<string, ShownReaction>>(new Map());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const counter = useRef(0);

  const onReaction = useCallback<ServerToClientEvents['reaction']>(({ from, emoji }) => {
    counter.current += 1;
    const key = counter.current;
    setShown((current) => new Map(current).set(from, { emoji, key }));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setShown((current) => {
        if (current.get(from)?.key !== key) return current;
        const next = new Map(current);
        next.delete(from);
        return next;
      });
    }, SHOWN_MS);
    timers.current.add(timer);
  }, []);
  useSocketEvent(socket, 'reaction', onReaction);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return shown;
}
