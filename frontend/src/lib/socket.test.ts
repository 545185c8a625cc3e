import { createSocket, RealtimeError, request, type HuddleSocket } from './socket';

type AuthCallback = (cb: (data: object) => void) => void;

function authOf(socket: HuddleSocket): Promise<object> {
  return new Promise((resolve) => (socket.auth as AuthCallback)(resolve));
}

function socketAnswering(answer: () => Promise<unknown>): HuddleSocket {
  return { timeout: () => ({ emitWithAck: answer }) } as unknown as HuddleSocket;
}

describe('createSocket', () => {
  it('when created, then it does not connect by itself', () => {
    const socket = createSocket({ kind: 'guest', name: 'Grace' });

    expect(socket.connected).toBe(false);
    expect(socket.io.opts.autoConnect).toBe(false);
  });

  it('when a member (re)connects, then a fresh access token is asked for each time', async () => {
    const getAccessToken = vi.fn().mockResolvedValueOnce('first').mockResolvedValueOnce('second');
    const socket = createSocket({ kind: 'member', getAccessToken });

    expect(await authOf(socket)).toEqual({ token: 'first' });
    expect(await authOf(socket)).toEqual({ token: 'second' });
  });

  it('when a guest connects, then only the display name is sent', async () => {
    const socket = createSocket({ kind: 'guest', name: 'Grace' });

    expect(await authOf(socket)).toEqual({ name: 'Grace' });
  });

  it('when the token cannot be had, then no token is sent and the server decides', async () => {
    const socket = createSocket({ kind: 'member', getAccessToken: async () => null });

    expect(await authOf(socket)).toEqual({});
  });
});

describe('request', () => {
  it('when the ack is ok, then its data is returned', async () => {
    const socket = socketAnswering(async () => ({ ok: true, data: { messages: [] } }));

    await expect(request(socket, 'chat:history', {})).resolves.toEqual({ messages: [] });
  });

  it('when the ack is an error, then a RealtimeError carries its code', async () => {
    const socket = socketAnswering(async () => ({
      ok: false,
      error: { code: 'MEETING_FULL', message: 'The meeting is full.' },
    }));

    const failure = await request(socket, 'meeting:join', {
      code: 'abc-defg-hij',
      audio: true,
      video: true,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RealtimeError);
    expect(failure).toMatchObject({ code: 'MEETING_FULL', message: 'The meeting is full.' });
  });

  it('when no ack comes in time, then it fails with TIMEOUT', async () => {
    const socket = socketAnswering(() => Promise.reject(new Error('operation has timed out')));

    await expect(request(socket, 'meeting:leave', {})).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
