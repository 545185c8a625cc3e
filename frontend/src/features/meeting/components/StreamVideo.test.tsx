import { render } from '@testing-library/react';
import { StreamVideo } from './StreamVideo';

const stream = {} as MediaStream;
const blocked = () => Promise.reject(new DOMException('Needs a gesture', 'NotAllowedError'));

function videoIn(container: HTMLElement): HTMLVideoElement {
  return container.querySelector('video')!;
}

describe('StreamVideo', () => {
  it('when the browser blocks sound, then the video plays muted and says so', async () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementationOnce(blocked);
    play.mockResolvedValue(undefined);
    const onAutoplayBlocked = vi.fn();

    const { container } = render(
      <StreamVideo stream={stream} onAutoplayBlocked={onAutoplayBlocked} />,
    );

    await vi.waitFor(() => expect(onAutoplayBlocked).toHaveBeenCalledOnce());
    expect(videoIn(container).muted).toBe(true);
    expect(play).toHaveBeenCalledTimes(2);
  });

  it('when sound is allowed again, then the video is unmuted and played', () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    const { container, rerender } = render(<StreamVideo stream={stream} muted />);
    play.mockClear();

    rerender(<StreamVideo stream={stream} muted={false} />);

    expect(videoIn(container).muted).toBe(false);
    expect(play).toHaveBeenCalledOnce();
  });
});
