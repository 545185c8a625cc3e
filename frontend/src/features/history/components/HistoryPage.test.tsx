import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithSession } from '../../../test/renderWithSession';
import { HistoryPage } from './HistoryPage';

const item = (id: string, title?: string) => ({
  id,
  meetingCode: 'abc-defg-hij',
  joinedAt: '2024-03-01T10:00:00.000Z',
  leftAt: '2024-03-01T10:45:00.000Z',
  ...(title === undefined ? {} : { meeting: { title } }),
});

describe('HistoryPage', () => {
  it('when there are more pages, then Load more fetches the next page with the cursor', async () => {
    const { user, fetchMock } = renderWithSession(<HistoryPage />, (url) =>
      url.includes('before=cursor-1')
        ? jsonResponse(200, { items: [item('3', 'Retro')], nextCursor: null })
        : jsonResponse(200, { items: [item('1', 'Standup'), item('2')], nextCursor: 'cursor-1' }),
    );

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('That is everything.')).toBeInTheDocument();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('p')?.textContent)).toEqual([
      'Standup',
      'Untitled meeting',
      'Retro',
    ]);
    expect(screen.getAllByRole('link', { name: /^Rejoin/ })[0]).toHaveAttribute(
      'href',
      '/m/abc-defg-hij',
    );
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/v1/activity?limit=20&before=cursor-1',
    );
  });

  it('when the first page fails, then an error with Retry is shown and Retry recovers', async () => {
    let fail = true;
    const { user } = renderWithSession(<HistoryPage />, () =>
      fail
        ? jsonResponse(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'Try later.' } })
        : jsonResponse(200, { items: [], nextCursor: null }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Try later.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('No meetings yet')).toBeInTheDocument();
  });

  it('when a later page fails, then Retry loads that page again below the first', async () => {
    let failNext = true;
    const { user } = renderWithSession(<HistoryPage />, (url) => {
      if (!url.includes('before=cursor-1')) {
        return jsonResponse(200, { items: [item('1', 'Standup')], nextCursor: 'cursor-1' });
      }
      if (failNext) {
        return jsonResponse(503, {
          error: { code: 'DATABASE_UNAVAILABLE', message: 'Try later.' },
        });
      }
      return jsonResponse(200, { items: [item('2', 'Retro')], nextCursor: null });
    });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load more meetings');
    failNext = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('That is everything.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('p')?.textContent)).toEqual(['Standup', 'Retro']);
  });
});
