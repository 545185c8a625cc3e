import { useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withQueryClient } from '../../../test/queryWrapper';
import { jsonResponse } from '../../../test/renderWithSession';
import { getMeeting } from '../api/getMeeting';
import { useMeetingInfo } from './useMeetingInfo';

const meeting = {
  code: 'abc-defg-hij',
  title: 'Standup',
  hostId: 'u1',
  createdAt: '2026-01-01T09:00:00.000Z',
  endedAt: null,
};

function answer(responses: Array<() => Response | Promise<Response>>) {
  const fetchMock = vi.fn((_url: RequestInfo | URL) => Promise.resolve(responses.shift()!()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const unavailable = () =>
  jsonResponse(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'Try later.' } });

function renderInfo() {
  const { wrapper } = withQueryClient();
  return renderHook(() => useMeetingInfo('abc-defg-hij'), { wrapper });
}

describe('useMeetingInfo', () => {
  it('when the meeting exists, then it goes from loading to ready with the meeting', async () => {
    const fetchMock = answer([() => jsonResponse(200, { meeting })]);
    const { result } = renderInfo();

    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', meeting }));
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/api/v1/meetings/abc-defg-hij');
  });

  it('when the server answers 404, then the meeting is not found', async () => {
    answer([
      () => jsonResponse(404, { error: { code: 'MEETING_NOT_FOUND', message: 'No meeting.' } }),
    ]);
    const { result } = renderInfo();

    await waitFor(() => expect(result.current.status).toBe('not-found'));
  });

  it('when loading fails, then the error carries a retry that loads the meeting', async () => {
    let resolve: (response: Response) => void = () => undefined;
    const retried = new Promise<Response>((settle) => (resolve = settle));
    answer([unavailable, () => retried]);
    const { result } = renderInfo();
    await waitFor(() => expect(result.current.status).toBe('error'));
    const failed = result.current;
    expect(failed).toMatchObject({ message: 'Try later.' });

    act(() => {
      if (failed.status === 'error') failed.retry();
    });

    await waitFor(() => expect(result.current.status).toBe('loading'));
    resolve(jsonResponse(200, { meeting }));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', meeting }));
  });

  it('when a refetch fails after the meeting loaded, then it stays ready', async () => {
    answer([() => jsonResponse(200, { meeting }), unavailable]);
    const { client, wrapper } = withQueryClient();
    const { result } = renderHook(
      () => ({
        info: useMeetingInfo('abc-defg-hij'),
        // A second observer of the same query, to know when the failed refetch reached React.
        query: useQuery({
          queryKey: ['meeting', 'abc-defg-hij'],
          queryFn: ({ signal }) => getMeeting('abc-defg-hij', signal),
          enabled: false,
        }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.info.status).toBe('ready'));

    await act(() => client.refetchQueries());

    await waitFor(() => expect(result.current.query.isRefetchError).toBe(true));
    expect(result.current.info).toEqual({ status: 'ready', meeting });
  });
});
