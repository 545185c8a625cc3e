import { screen } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderWithSession } from '../../../test/renderWithSession';
import { NewMeetingCard } from './NewMeetingCard';

function MeetingStub() {
  return <p>Meeting {useParams().code}</p>;
}

function renderCard(handler: Parameters<typeof renderWithSession>[1]) {
  return renderWithSession(
    <Routes>
      <Route path="/home" element={<NewMeetingCard />} />
      <Route path="/m/:code" element={<MeetingStub />} />
    </Routes>,
    handler,
    '/home',
  );
}

describe('NewMeetingCard', () => {
  it('when the meeting is created, then its trimmed title is sent and its page opens', async () => {
    const { user, fetchMock } = renderCard(() =>
      jsonResponse(201, { meeting: { code: 'abc-defg-hij', title: 'Retro' } }),
    );

    await user.type(screen.getByLabelText('Title (optional)'), '  Retro  ');
    await user.click(screen.getByRole('button', { name: 'New meeting' }));

    expect(await screen.findByText('Meeting abc-defg-hij')).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/meetings'))!;
    expect(init).toMatchObject({ method: 'POST', body: JSON.stringify({ title: 'Retro' }) });
  });

  it('when the title is refused, then the reason stands beside it and it can be sent again', async () => {
    const { user } = renderCard(() =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The request is invalid.',
          details: [{ path: 'body.title', message: 'Title is too long.' }],
        },
      }),
    );

    await user.type(screen.getByLabelText('Title (optional)'), 'x');
    await user.click(screen.getByRole('button', { name: 'New meeting' }));

    const field = await screen.findByLabelText('Title (optional)');
    expect(await screen.findByText('Title is too long.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'New meeting' })).toBeEnabled();
  });

  it('when the server is unreachable, then the form says so', async () => {
    const { user } = renderCard(() =>
      jsonResponse(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'Try later.' } }),
    );

    await user.click(screen.getByRole('button', { name: 'New meeting' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Try later.');
  });
});
