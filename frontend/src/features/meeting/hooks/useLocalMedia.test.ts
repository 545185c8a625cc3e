import { act, renderHook, waitFor } from '@testing-library/react';
import type { MediaKind } from '../utils/media';
import { useLocalMedia } from './useLocalMedia';

function fakeTrack(kind: MediaKind, deviceId: string) {
  return {
    kind,
    enabled: true,
    deviceId,
    stop: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
}

type FakeTrack = ReturnType<typeof fakeTrack>;

function fakeStream(tracks: FakeTrack[]) {
  return {
    getTracks: () => tracks,
    getAudioTracks: () => tracks.filter((track) => track.kind === 'audio'),
    getVideoTracks: () => tracks.filter((track) => track.kind === 'video'),
  };
}

/** A browser whose getUserMedia hands out a new track per kind, and remembers each. */
function installDevices() {
  const opened: FakeTrack[] = [];
  const getUserMedia = vi.fn(async (constraints: MediaStreamConstraints) => {
    const kinds = (['audio', 'video'] as const).filter((kind) => constraints[kind]);
    const tracks = kinds.map((kind) => fakeTrack(kind, `${kind}-${opened.length}`));
    opened.push(...tracks);
    return fakeStream(tracks);
  });
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  return { opened, getUserMedia };
}

function renderLocalMedia() {
  return renderHook(({ active }: { active: boolean }) => useLocalMedia(active), {
    initialProps: { active: true },
  });
}

describe('useLocalMedia', () => {
  it('when the camera and microphone start, then both are on', async () => {
    installDevices();
    const { result } = renderLocalMedia();

    await waitFor(() => expect(result.current.ready).toBe(true));

    expect(result.current.on).toEqual({ audio: true, video: true });
  });

  it('when the user leaves, then every track is stopped exactly once', async () => {
    const { opened } = installDevices();
    const { result, rerender } = renderLocalMedia();
    await waitFor(() => expect(result.current.ready).toBe(true));

    rerender({ active: false });

    expect(opened).toHaveLength(2);
    for (const track of opened) expect(track.stop).toHaveBeenCalledOnce();
    expect(result.current.tracks).toEqual({ audio: null, video: null });
  });

  it('when another camera is picked, then the old one is stopped once and the new one kept', async () => {
    const { opened } = installDevices();
    const { result, rerender } = renderLocalMedia();
    await waitFor(() => expect(result.current.ready).toBe(true));
    const [, firstCamera] = opened;

    act(() => result.current.selectDevice('video', 'video-2'));
    await waitFor(() => expect(result.current.tracks.video).not.toBe(firstCamera));
    rerender({ active: false });

    expect(opened).toHaveLength(3);
    for (const track of opened) expect(track.stop).toHaveBeenCalledOnce();
  });

  it('when the user leaves and rejoins, then the camera they picked is asked for first', async () => {
    const { getUserMedia } = installDevices();
    const { result, rerender } = renderLocalMedia();
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.selectDevice('video', 'usb-camera'));
    await waitFor(() => expect(getUserMedia).toHaveBeenCalledTimes(2));

    rerender({ active: false });
    rerender({ active: true });
    await waitFor(() => expect(result.current.ready).toBe(true));

    const rejoin = getUserMedia.mock.lastCall![0];
    expect(rejoin.video).toMatchObject({ deviceId: { ideal: 'usb-camera' } });
    expect(rejoin.audio).not.toHaveProperty('deviceId');
  });
});
