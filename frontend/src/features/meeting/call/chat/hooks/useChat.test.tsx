import { act, renderHook, waitFor } from '@testing-library/react';
import type { ChatMessage } from '@huddle/contract';
import type { HuddleSocket } from '../../../../../lib/socket';
import { useChat, type ChatOptions } from './useChat';

type Listener = (payload: { message: ChatMessage }) => void;

/** The slice of a socket useChat touches: listeners, and acks answered by `answer`. */
function fakeSocket(answer: (event: string, payload: unknown) => unknown = () => ({})) {
  const listeners = new Map<string, Set<Listener>>();
  const socket = {
    connected: true,
    on: vi.fn((event: string, fn: Listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
    }),
    off: vi.fn((event: string, fn: Listener) => listeners.get(event)?.delete(fn)),
    timeout: () => ({
      emitWithAck: async (event: string, payload: unknown) => ({
        ok: true,
        data: answer(event, payload),
      }),
    }),
  };
  const deliver = (message: ChatMessage) =>
    act(() => listeners.get('chat:message')?.forEach((fn) => fn({ message })));
  const count = (event: string) => listeners.get(event)?.size ?? 0;
  return { socket: socket as unknown as HuddleSocket, deliver, count, raw: socket };
}

function message(id: string, senderId?: string): ChatMessage {
  return {
    id,
    meetingCode: 'abc-defg-hij',
    sender: { ...(senderId ? { id: senderId } : {}), name: senderId ?? 'Guest' },
    text: `text ${id}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, Number(id))).toISOString(),
  };
}

function setup(fake: ReturnType<typeof fakeSocket>, overrides: Partial<ChatOptions> = {}) {
  const initial: ChatOptions = {
    socket: fake.socket,
    initialMessages: [message('1', 'user-b')],
    selfId: 'user-a',
    open: false,
    ...overrides,
  };
  return renderHook((props: ChatOptions) => useChat(props), { initialProps: initial });
}

describe('useChat', () => {
  it('when mounted, then the join history is shown and nothing is unread', () => {
    const { result } = setup(fakeSocket());

    expect(result.current.messages.map((m) => m.id)).toEqual(['1']);
    expect(result.current.unread).toBe(0);
  });

  it("when others' messages arrive while the panel is closed, then they count as unread", () => {
    const fake = fakeSocket();
    const { result } = setup(fake);

    fake.deliver(message('2', 'user-b'));
    fake.deliver(message('3'));

    expect(result.current.unread).toBe(2);
    expect(result.current.messages.map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('when our own message arrives, then it is not unread', () => {
    const fake = fakeSocket();
    const { result } = setup(fake);

    fake.deliver(message('2', 'user-a'));

    expect(result.current.unread).toBe(0);
  });

  it('when the panel opens, then the unread count resets and stays at zero while open', () => {
    const fake = fakeSocket();
    const { result, rerender } = setup(fake);
    fake.deliver(message('2', 'user-b'));

    rerender({ socket: fake.socket, initialMessages: null, selfId: 'user-a', open: true });
    fake.deliver(message('3', 'user-b'));

    expect(result.current.unread).toBe(0);
  });

  it('when the same message arrives twice, then it is listed once', () => {
    const fake = fakeSocket();
    const { result } = setup(fake);

    fake.deliver(message('2', 'user-b'));
    fake.deliver(message('2', 'user-b'));

    expect(result.current.messages).toHaveLength(2);
  });

  it('when a message is sent, then it is listed as ours from the ack', async () => {
    const sent = message('5');
    const fake = fakeSocket((event) => (event === 'chat:send' ? { message: sent } : {}));
    const { result } = setup(fake);

    await act(() => result.current.send('hello'));

    expect(result.current.messages.at(-1)?.id).toBe('5');
    expect(result.current.isOwn(result.current.messages.at(-1)!)).toBe(true);
  });

  it('when a message fails, then it is listed as failed, and Retry sends it again', async () => {
    let databaseUp = false;
    const unavailable = { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable.' };
    const sent: Array<{ text: string; clientId?: string }> = [];
    const fake = fakeSocket();
    (fake.raw as { timeout: () => unknown }).timeout = () => ({
      emitWithAck: async (_event: string, payload: { text: string; clientId?: string }) => {
        sent.push(payload);
        return databaseUp
          ? { ok: true, data: { message: message('6') } }
          : { ok: false, error: unavailable };
      },
    });
    const { result } = setup(fake);

    await act(() => result.current.send('hello'));
    const [failure] = result.current.failed;
    databaseUp = true;
    await act(() => result.current.retry(failure!.id));
    await act(() => result.current.send('hello'));

    expect(failure).toMatchObject({ text: 'hello', reason: 'The database is unavailable.' });
    expect(result.current.failed).toEqual([]);
    expect(result.current.messages.at(-1)?.id).toBe('6');
    // The retry carries the failed message's key, so the server stores it once; a new message
    // with the same text is another message, with a key of its own.
    const [first, retried, another] = sent.map((payload) => payload.clientId);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(retried).toBe(first);
    expect(another).not.toBe(first);
  });

  it('when older messages are loaded, then they are asked for before the oldest one', async () => {
    const answer = vi.fn((event: string) =>
      event === 'chat:history' ? { messages: [message('0', 'user-b')] } : {},
    );
    const { result } = setup(fakeSocket(answer));

    await act(() => result.current.loadOlder());

    expect(answer).toHaveBeenCalledWith('chat:history', { before: '1' });
    expect(result.current.messages.map((m) => m.id)).toEqual(['0', '1']);
  });

  it('when unmounted, then its socket listener is removed', async () => {
    const fake = fakeSocket();
    const { unmount } = setup(fake);
    expect(fake.count('chat:message')).toBe(1);

    unmount();

    await waitFor(() => expect(fake.count('chat:message')).toBe(0));
  });
});
