import { render, screen, within } from '@testing-library/react';
import { VideoTile, type TileModel } from './VideoTile';

function tile(overrides: Partial<TileModel>): TileModel {
  return {
    id: 'socket-1',
    name: 'Alice Member',
    isGuest: false,
    isSelf: false,
    stream: null,
    audio: true,
    video: false,
    screen: false,
    handRaised: false,
    reaction: null,
    ...overrides,
  };
}

function renderTile(model: TileModel) {
  render(<VideoTile tile={model} speaking={false} soundBlocked={false} />);
  return screen.getByTestId('video-tile');
}

describe('VideoTile', () => {
  it('when the participant is a guest, then the tile shows a Guest badge and its label says so', () => {
    const figure = renderTile(tile({ isGuest: true }));

    expect(within(figure).getByTestId('guest-badge')).toHaveTextContent('Guest');
    expect(screen.getByRole('figure', { name: /^Alice Member \(guest\),/ })).toBe(figure);
  });

  it('when the participant is a member, then the tile has no badge and the label only the name', () => {
    const figure = renderTile(tile({ isGuest: false }));

    expect(within(figure).queryByTestId('guest-badge')).toBeNull();
    expect(figure).toHaveAccessibleName('Alice Member, camera off');
  });

  it('when a guest reacts, then the reaction names them as a guest', () => {
    renderTile(tile({ isGuest: true, reaction: { emoji: '👏', key: 1 } }));

    expect(
      screen.getByRole('img', { name: 'Alice Member (guest) reacted: Applause' }),
    ).toBeVisible();
  });
});
