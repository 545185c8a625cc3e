import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Participant, Role } from '@huddle/contract';
import type { MeetingControls } from '../hooks/useMeetingControls';
import { ParticipantMenu } from './ParticipantMenu';

const hostControls = (): MeetingControls['host'] => ({
  mute: vi.fn(),
  lowerHand: vi.fn(),
  promote: vi.fn(),
  demote: vi.fn(),
  remove: vi.fn(),
  admit: vi.fn(),
  deny: vi.fn(),
  update: vi.fn(),
  end: vi.fn(),
});

function person(overrides: Partial<Participant> = {}): Participant {
  return {
    id: 'socket-mia',
    name: 'Mia',
    userId: 'user-mia',
    isGuest: false,
    audio: false,
    video: false,
    screen: false,
    role: 'participant',
    handRaised: false,
    ...overrides,
  };
}

async function openMenu(target: Participant, viewerRole: Role) {
  const user = userEvent.setup();
  const host = hostControls();
  render(<ParticipantMenu person={target} viewerRole={viewerRole} host={host} />);
  await user.click(screen.getByRole('button', { name: `Host controls for ${target.name}` }));
  return { user, host };
}

describe('ParticipantMenu', () => {
  it('when the host opens a co-host\u2019s menu and chooses "Remove co-host", then that co-host is demoted', async () => {
    const { user, host } = await openMenu(person({ role: 'cohost' }), 'host');

    await user.click(screen.getByRole('button', { name: 'Remove co-host' }));

    expect(host.demote).toHaveBeenCalledExactlyOnceWith('socket-mia');
    expect(screen.queryByRole('button', { name: 'Make co-host' })).not.toBeInTheDocument();
  });

  it('when the host opens a signed-in participant\u2019s menu, then it offers "Make co-host", not "Remove co-host"', async () => {
    const { user, host } = await openMenu(person(), 'host');

    await user.click(screen.getByRole('button', { name: 'Make co-host' }));

    expect(host.promote).toHaveBeenCalledExactlyOnceWith('socket-mia');
    expect(screen.queryByRole('button', { name: 'Remove co-host' })).not.toBeInTheDocument();
  });

  it('when a co-host opens another co-host\u2019s menu, then neither role choice is offered', async () => {
    await openMenu(person({ role: 'cohost' }), 'cohost');

    expect(screen.queryByRole('button', { name: 'Remove co-host' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make co-host' })).not.toBeInTheDocument();
  });
});
