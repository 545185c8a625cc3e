import { SpeakerDetector } from './SpeakerDetector';

const SAMPLE_RATE = 48_000;

/** Sound of each stream over time: a loud 20 ms beep every 500 ms, like Chromium's fake mic. */
function beeping(offsetMs: number) {
  return (atMs: number) => {
    const sinceBeep = (((atMs - offsetMs) % 500) + 500) % 500;
    return sinceBeep < 20 ? Math.sin(atMs) * 0.8 : 0;
  };
}

/** Just enough of WebAudio: each analyser reads the last fftSize samples of its stream's sound. */
function fakeContext(soundOf: Map<MediaStream, (atMs: number) => number>, state = 'running') {
  const context = {
    state,
    sampleRate: SAMPLE_RATE,
    resume: vi.fn(async () => {
      context.state = 'running';
    }),
    close: vi.fn(async () => undefined),
    createMediaStreamSource: (stream: MediaStream) => ({
      stream,
      connect: vi.fn(),
      disconnect: vi.fn(),
    }),
    createAnalyser: () => {
      const analyser = {
        fftSize: 2048,
        source: null as { stream: MediaStream } | null,
        disconnect: vi.fn(),
        getByteTimeDomainData(samples: Uint8Array) {
          const sound = soundOf.get(analyser.source!.stream)!;
          const now = Date.now();
          for (let i = 0; i < samples.length; i += 1) {
            const atMs = now - ((samples.length - i) * 1000) / SAMPLE_RATE;
            samples[i] = context.state === 'running' ? 128 + Math.round(sound(atMs) * 127) : 128;
          }
        },
      };
      return analyser;
    },
  };
  // The source connects to its analyser: remember which stream the analyser hears.
  const createSource = context.createMediaStreamSource;
  context.createMediaStreamSource = (stream) => {
    const source = createSource(stream);
    source.connect = vi.fn((analyser: { source: unknown }) => {
      analyser.source = source;
    });
    return source;
  };
  return context;
}

function stream(id: string): MediaStream {
  return { id, getAudioTracks: () => [{}] } as unknown as MediaStream;
}

/** A detector listening to Ada alone, whose sound over time is given. */
function listenToAda(sound: (atMs: number) => number, state = 'running') {
  const ada = stream('ada');
  const context = fakeContext(new Map([[ada, sound]]), state);
  const onChange = vi.fn();
  const detector = new SpeakerDetector({
    onChange,
    createContext: () => context as unknown as AudioContext,
  });
  detector.setStreams(new Map([['ada', ada]]));
  return { context, onChange, detector };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('SpeakerDetector', () => {
  it('when someone makes short sounds between two polls, then they are still found speaking', () => {
    // Every beep falls between polls (which come at 200, 400, 600 ms...).
    const { onChange, detector } = listenToAda(beeping(50));

    vi.advanceTimersByTime(2_000);

    expect(onChange).toHaveBeenCalledWith('ada');
    detector.close();
  });

  it('when the audio context starts suspended, then it is resumed and speakers are found', () => {
    const { context, onChange, detector } = listenToAda(beeping(0), 'suspended');
    context.resume.mockClear();
    context.state = 'suspended'; // the first resume was refused: no user gesture yet

    vi.advanceTimersByTime(2_000);

    expect(context.resume).toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith('ada');
    detector.close();
  });

  it('when nobody makes a sound, then nobody is speaking', () => {
    const { onChange, detector } = listenToAda(() => 0);

    vi.advanceTimersByTime(2_000);

    expect(onChange).not.toHaveBeenCalled();
    detector.close();
  });
});
