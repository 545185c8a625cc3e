import { fakeTrack } from '../../../../test/fakePeerConnection';
import { RemoteMedia } from './RemoteMedia';

class FakeMediaStream {
  constructor(public tracks: MediaStreamTrack[] = []) {}
}

function setup() {
  const published: MediaStreamTrack[][] = [];
  const media = new RemoteMedia((stream) =>
    published.push((stream as unknown as FakeMediaStream).tracks),
  );
  return { media, published };
}

beforeEach(() => {
  vi.stubGlobal('MediaStream', FakeMediaStream);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RemoteMedia', () => {
  it('when audio and video arrive, then one stream carries both', () => {
    const { media, published } = setup();
    const audio = fakeTrack('audio');
    const video = fakeTrack('video');

    media.add(audio);
    media.add(video);

    expect(published.at(-1)).toEqual([audio, video]);
  });

  it('when a second, idle video receiver appears, then the one receiving media stays', () => {
    const { media, published } = setup();
    const live = fakeTrack('video', 'live');
    media.add(live);

    media.add(fakeTrack('video', 'idle', true));

    expect(published.at(-1)).toEqual([live]);
    expect(published).toHaveLength(1);
  });

  it('when the newer receiver starts receiving, then it takes over', () => {
    const { media, published } = setup();
    const first = fakeTrack('video', 'first');
    const second = fakeTrack('video', 'second', true);
    media.add(first);
    media.add(second);

    second.setMuted(false);

    expect(published.at(-1)).toEqual([second]);
  });

  it('when every receiver of a kind is idle, then the newest is still shown', () => {
    const { media, published } = setup();
    const older = fakeTrack('video', 'older', true);
    const newer = fakeTrack('video', 'newer', true);

    media.add(older);
    media.add(newer);

    expect(published.at(-1)).toEqual([newer]);
  });

  it('when the same track is reported twice, then nothing is published again', () => {
    const { media, published } = setup();
    const video = fakeTrack('video');

    media.add(video);
    media.add(video);

    expect(published).toHaveLength(1);
  });
});
