import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RealtimeError } from '../../../../lib/socket';
import type { LocalMedia } from '../../hooks/useLocalMedia';
import { saveGuestName } from '../../utils/guestName';
import { PreJoin, type PreJoinProps } from './PreJoin';

function media(overrides: Partial<LocalMedia> = {}): LocalMedia {
  return {
    ready: true,
    tracks: { audio: null, video: null },
    enabled: { audio: true, video: true },
    on: { audio: false, video: false },
    issues: {},
    toggle: vi.fn(),
    selectDevice: vi.fn(),
    ...overrides,
  };
}

function renderPreJoin(overrides: Partial<PreJoinProps> = {}) {
  const props: PreJoinProps = {
    meeting: {
      code: 'abc-defg-hij',
      title: 'Weekly sync',
      hostId: 'u1',
      createdAt: '2026-01-01T09:00:00.000Z',
      endedAt: null,
      lobby: false,
      locked: false,
    },
    media: media(),
    user: null,
    joining: false,
    error: null,
    onJoin: vi.fn(),
    ...overrides,
  };
  render(<PreJoin {...props} />);
  return props;
}

beforeEach(() => {
  localStorage.clear();
});

describe('PreJoin', () => {
  it('when a guest types a name and joins, then the trimmed name is used', async () => {
    const user = userEvent.setup();
    const { onJoin } = renderPreJoin();

    await user.type(screen.getByLabelText('Your name'), '  Grace  ');
    await user.click(screen.getByRole('button', { name: 'Join now' }));

    expect(onJoin).toHaveBeenCalledWith('Grace');
  });

  it('when a guest comes back, then the name they used last time is filled in', () => {
    saveGuestName('Grace');

    renderPreJoin();

    expect(screen.getByLabelText('Your name')).toHaveValue('Grace');
  });

  it('when a guest joins without a name, then they are asked for one', async () => {
    const user = userEvent.setup();
    const { onJoin } = renderPreJoin();

    await user.click(screen.getByRole('button', { name: 'Join now' }));

    expect(onJoin).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(/enter a name/i);
  });

  it('when a member joins, then their account name is shown and no name is asked', async () => {
    const user = userEvent.setup();
    const { onJoin } = renderPreJoin({ user: { id: 'u1', name: 'Ada', username: 'ada' } });

    expect(screen.getByText(/joining as/i)).toHaveTextContent('Joining as Ada');
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Join now' }));
    expect(onJoin).toHaveBeenCalledWith(null);
  });

  it('when the meeting is full, then the reason is explained', () => {
    renderPreJoin({ error: new RealtimeError('MEETING_FULL', 'Meeting is full (6).') });

    expect(screen.getByRole('alert')).toHaveTextContent('This meeting is full');
  });

  it('when the camera was refused, then the user is told they can still join', () => {
    renderPreJoin({ media: media({ issues: { video: 'denied' } }) });

    expect(screen.getByTestId('media-issue')).toHaveTextContent(/camera was blocked/i);
    expect(screen.getByRole('button', { name: 'Join now' })).toBeEnabled();
  });

  it('when the camera toggle is pressed, then the camera is toggled', async () => {
    const user = userEvent.setup();
    const local = media();
    renderPreJoin({ media: local });

    await user.click(screen.getByRole('button', { name: 'Camera' }));

    expect(local.toggle).toHaveBeenCalledWith('video');
  });

  it('when joining is under way, then the button is busy', () => {
    renderPreJoin({ joining: true });

    expect(screen.getByRole('button', { name: /joining/i })).toHaveAttribute('aria-busy', 'true');
  });
});
