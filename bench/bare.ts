import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';

type Ack = (response: unknown) => void;

/**
 * The baseline: a bare Socket.IO room server speaking the same events, with no origin check,
 * authentication, validation, rate limit, database or per-socket queue. It sends what the
 * events need on the wire (a joiner is announced to the room), nothing more.
 */
export function createBareRealtime(httpServer: HttpServer): { close(): Promise<void> } {
  const io = new Server(httpServer, { serveClient: false });
  let sequence = 0;
  io.on('connection', (socket) => {
    let room: string | undefined;
    // A meeting join does what any meeting server must: the others hear of the joiner, and the
    // joiner gets who is there.
    socket.on('meeting:join', ({ code }: { code: string }, ack: Ack) => {
      if (room) void socket.leave(room);
      room = code;
      void socket.join(code);
      const self = { id: socket.id, name: 'x' };
      socket.to(code).emit('participant:joined', { participant: self });
      const others = [...(io.of('/').adapter.rooms.get(code) ?? [])].filter(
        (id) => id !== socket.id,
      );
      const participants = others.map((id) => ({ id, name: 'x' }));
      ack({ ok: true, data: { self, participants, messages: [] } });
    });
    socket.on('meeting:leave', (_payload: unknown, ack: Ack) => {
      if (room) socket.to(room).emit('participant:left', { id: socket.id });
      if (room) void socket.leave(room);
      room = undefined;
      ack({ ok: true, data: {} });
    });
    socket.on('chat:send', ({ text }: { text: string }, ack: Ack) => {
      sequence += 1;
      const message = { id: String(sequence), meetingCode: room, sender: { name: 'x' }, text };
      if (room) io.to(room).emit('chat:message', { message });
      ack({ ok: true, data: { message } });
    });
    socket.on('signal', ({ to, data }: { to: string; data: unknown }, ack: Ack) => {
      io.to(to).emit('signal', { from: socket.id, data });
      ack({ ok: true, data: {} });
    });
  });
  return {
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
