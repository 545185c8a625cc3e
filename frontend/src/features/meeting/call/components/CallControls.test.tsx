import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CallControls, type CallControlsProps } from './CallControls';

function renderControls(overrides: Partial<CallControlsProps> = {}) {
  const props: CallControlsProps = {
    micOn: true,
    cameraOn: true,
    sharing: false,
    canShare: true,
    chatOpen: false,
    participantsOpen: false,
    hosting: false,
    securityOpen: false,
    handRaised: false,
    unread: 0,
    participantCount: 3,
    onToggleMic: vi.fn(),
    onToggleCamera: vi.fn(),
    onToggleScreen: vi.fn(),
    onToggleChat: vi.fn(),
    onToggleParticipants: vi.fn(),
    onToggleSecurity: vi.fn(),
    onToggleHand: vi.fn(),
    onReact: vi.fn(),
    onCopyLink: vi.fn(),
    onLeave: vi.fn(),
    onEnd: vi.fn(),
    ...overrides,
  };
  render(<CallControls {...props} />);
  return props;
}

describe('CallControls', () => {
  it.each([
    ['Microphone', 'onToggleMic'],
    ['Camera', 'onToggleCamera'],
    ['Share screen', 'onToggleScreen'],
    ['Chat', 'onToggleChat'],
    ['Participants (3)', 'onToggleParticipants'],
    ['Copy invite link', 'onCopyLink'],
    ['Leave call', 'onLeave'],
    ['Raise hand', 'onToggleHand'],
  ] as const)('when "%s" is clicked, then %s runs once', async (name, callback) => {
    const user = userEvent.setup();
    const props = renderControls();

    await user.click(screen.getByRole('button', { name }));

    expect(props[callback]).toHaveBeenCalledOnce();
  });

  it('when the microphone and camera are on, then their toggles are pressed', () => {
    renderControls();

    expect(screen.getByRole('button', { name: 'Microphone' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Camera' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('when muted with the camera off, then both toggles are not pressed and say how to turn on', () => {
    renderControls({ micOn: false, cameraOn: false });

    const mic = screen.getByRole('button', { name: 'Microphone' });
    expect(mic).toHaveAttribute('aria-pressed', 'false');
    expect(mic).toHaveAccessibleDescription('Turn on microphone');
    expect(screen.getByRole('button', { name: 'Camera' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('when the screen is shared, then the share toggle is pressed and offers to stop', () => {
    renderControls({ sharing: true });

    const share = screen.getByRole('button', { name: 'Share screen' });
    expect(share).toHaveAttribute('aria-pressed', 'true');
    expect(share).toHaveAccessibleDescription('Stop presenting');
  });

  it('when the browser cannot share a screen, then there is no share button', () => {
    renderControls({ canShare: false });

    expect(screen.queryByRole('button', { name: 'Share screen' })).not.toBeInTheDocument();
  });

  it('when messages are unread, then the chat button shows and names the count', () => {
    renderControls({ unread: 3 });

    expect(screen.getByRole('button', { name: 'Chat (3 unread)' })).toBeInTheDocument();
    expect(screen.getByTestId('chat-unread')).toHaveTextContent('3');
  });

  it('when nothing is unread, then no badge is shown', () => {
    renderControls({ unread: 0 });

    expect(screen.queryByTestId('chat-unread')).not.toBeInTheDocument();
  });

  it('when used from the keyboard, then Tab reaches every control and Space toggles', async () => {
    const user = userEvent.setup();
    const props = renderControls();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Microphone' })).toHaveFocus();
    await user.keyboard(' ');

    expect(props.onToggleMic).toHaveBeenCalledOnce();
    expect(screen.getByRole('toolbar', { name: 'Call controls' })).toBeInTheDocument();
  });

  it('when the hand is up, then its button is pressed and offers to lower it', () => {
    renderControls({ handRaised: true });

    expect(screen.getByRole('button', { name: 'Lower hand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('when a reaction is picked, then it is sent and the picker stays open for more', async () => {
    const user = userEvent.setup();
    const props = renderControls();

    await user.click(screen.getByRole('button', { name: 'Send a reaction' }));
    await user.click(screen.getByRole('button', { name: 'Applause' }));

    expect(props.onReact).toHaveBeenCalledWith('👏');
    expect(screen.getByRole('button', { name: 'Thumbs up' })).toBeVisible();
  });

  it('when a participant is not a host, then there is no security button and Leave just leaves', async () => {
    const user = userEvent.setup();
    const props = renderControls();

    await user.click(screen.getByRole('button', { name: 'Leave call' }));

    expect(screen.queryByRole('button', { name: 'Meeting security' })).not.toBeInTheDocument();
    expect(props.onLeave).toHaveBeenCalledOnce();
  });

  it('when a host opens Leave from the keyboard, then they can end the meeting for everyone, and Escape closes the choice', async () => {
    const user = userEvent.setup();
    const props = renderControls({ hosting: true });
    const leave = screen.getByRole('button', { name: 'Leave call' });

    leave.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Leave meeting' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'End for everyone' })).not.toBeInTheDocument();
    expect(leave).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'End for everyone' }));

    expect(props.onEnd).toHaveBeenCalledOnce();
    expect(props.onLeave).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Meeting security' })).toBeInTheDocument();
  });
});
