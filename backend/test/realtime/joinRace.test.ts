import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, ok, settled, useRealtime, type Client } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

const CLIENTS = 5;
const ROUNDS = 20;

/**
 * A client that takes the join answer's list, then applies the participant events that follow
 * it. The ack is read in a callback, in the order packets arrive (a promise would run later).
 */
async function joinAndTrack(socket: Client, code: string) {
  let list: Set<string> | undefined;
  socket.on('participant:joined', ({ participant }) => list?.add(participant.id));
  socket.on('participant:left', ({ id }) => list?.delete(id));
  await new Promise<void>((resolve) => {
    socket.emit('meeting:join', { code, audio: true, video: true }, (ack) => {
      const result = ok(ack);
      if ('waiting' in result) throw new Error('expected to join, got a place in the lobby');
      list = new Set(result.participants.map((participant) => participant.id));
      resolve();
    });
  });
  return () => [...(list ?? [])].sort();
}

describe('simultaneous joins', () => {
  it(`when ${CLIENTS} clients join at the same moment, then each one's list holds all the others (${ROUNDS} rounds)`, async () => {
    const server = await startServer();
    let incomplete = 0;

    for (let round = 0; round < ROUNDS; round += 1) {
      const code = await createMeeting();
      const sockets = await Promise.all(
        Array.from({ length: CLIENTS }, (_, i) => connect(server, guest(`P${i}`))),
      );
      const lists = await Promise.all(sockets.map((socket) => joinAndTrack(socket, code)));
      await settled(...sockets);

      for (const [i, socket] of sockets.entries()) {
        const others = sockets.filter((other) => other !== socket).map((other) => other.id);
        if (lists[i]?.().join() !== others.sort().join()) incomplete += 1;
      }
      for (const socket of sockets) socket.disconnect();
    }

    expect(incomplete).toBe(0);
  });
});
