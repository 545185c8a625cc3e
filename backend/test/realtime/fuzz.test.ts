import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CLIENT_EVENTS, REACTIONS } from '@huddle/contract';
import { useTestDatabase } from '../helpers/database.js';
import { createMeeting, guest, join, nextEvent, ok, useRealtime, type Client } from './helpers.js';

useTestDatabase();
const { startServer, connect } = useRealtime();

const KNOWN_CODES = new Set([
  'VALIDATION_FAILED',
  'MEETING_NOT_FOUND',
  'MEETING_FULL',
  'NOT_IN_MEETING',
  'FORBIDDEN',
  'RATE_LIMITED',
]);

/** Payloads that are nearly right as well as anything at all. */
function payloads(code: string, peer: string) {
  const almost = fc.record(
    {
      code: fc.oneof(fc.constant(code), fc.string()),
      audio: fc.oneof(fc.boolean(), fc.anything()),
      video: fc.boolean(),
      screen: fc.boolean(),
      text: fc.string({ maxLength: 2100 }),
      before: fc.oneof(fc.stringMatching(/^[0-9a-f]{24}$/), fc.string()),
      to: fc.oneof(fc.constant(peer), fc.constant(`meeting:${code}`), fc.string()),
      data: fc.oneof(
        fc.record({ description: fc.record({ type: fc.string(), sdp: fc.string() }) }),
        fc.record({ candidate: fc.oneof(fc.constant(null), fc.object()) }),
        fc.anything(),
      ),
      id: fc.oneof(fc.constant(peer), fc.string()),
      kind: fc.oneof(fc.constantFrom('audio', 'video'), fc.string()),
      raised: fc.boolean(),
      emoji: fc.oneof(fc.constantFrom(...REACTIONS), fc.string()),
      lobby: fc.boolean(),
      locked: fc.boolean(),
      title: fc.string({ maxLength: 130 }),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    almost,
    fc.anything(),
    fc.json().map((text) => JSON.parse(text) as unknown),
  );
}

type RawAck = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** emitWithAck with any event name and payload, as a hostile client would send them. */
function rawEmitWithAck(socket: Client, event: string, payload: unknown): Promise<RawAck> {
  const timed = socket.timeout(5000) as unknown as {
    emitWithAck(event: string, payload: unknown): Promise<RawAck>;
  };
  return timed.emitWithAck(event, payload);
}

describe('random payloads', () => {
  it('when every event gets random payloads, then each ack is a known error or ok, and the server still serves', async () => {
    const server = await startServer({
      SOCKET_EVENTS_PER_SECOND: '100000',
      SOCKET_EVENTS_BURST: '100000',
    });
    const code = await createMeeting();
    const fuzzer = await connect(server, guest('Fuzzer'));
    const peer = await connect(server, guest('Peer'));
    await join(peer, code);
    const unexpected = vi.spyOn(server.deps.logger, 'error');

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CLIENT_EVENTS),
        payloads(code, peer.id ?? ''),
        async (event, payload) => {
          (fuzzer.emit as (...args: unknown[]) => void)(event, payload);
          const ack = await rawEmitWithAck(fuzzer, event, payload);
          if (ack.ok) return;
          expect(KNOWN_CODES).toContain(ack.error.code);
          expect(typeof ack.error.message).toBe('string');
        },
      ),
      { numRuns: 300, seed: 20251124 },
    );

    const fresh = await connect(server, guest('After'));
    await join(fresh, code);
    const echoed = nextEvent(peer, 'chat:message');
    const { message } = ok(await fresh.emitWithAck('chat:send', { text: 'still here' }));
    expect(await echoed).toEqual({ message });
    expect(fuzzer.connected).toBe(true);
    expect(unexpected).not.toHaveBeenCalled();
  }, 60_000);
});
