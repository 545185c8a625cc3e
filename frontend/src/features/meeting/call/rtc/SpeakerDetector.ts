interface Meter {
  stream: MediaStream;
  source: MediaStreamAudioSourceNode;
  analyser: AnalyserNode;
  samples: Uint8Array<ArrayBuffer>;
  level: number;
}

export interface SpeakerDetectorOptions {
  onChange: (speakerId: string | null) => void;
  intervalMs?: number;
  /** Smoothed RMS (0–1) above which someone counts as speaking. */
  threshold?: number;
  /** How long the last speaker stays highlighted through short pauses. */
  holdMs?: number;
  createContext?: () => AudioContext;
}

/**
 * Finds the loudest stream with WebAudio analysers, polled a few times a second. Each poll reads
 * a window at least as long as the interval, so a short burst of sound between two polls is
 * never missed.
 */
export class SpeakerDetector {
  private readonly context: AudioContext;
  private readonly meters = new Map<string, Meter>();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly options: Required<Omit<SpeakerDetectorOptions, 'createContext'>>;
  private speakerId: string | null = null;
  private lastHeardAt = 0;

  constructor(options: SpeakerDetectorOptions) {
    this.options = { intervalMs: 200, threshold: 0.04, holdMs: 1200, ...options };
    this.context = options.createContext?.() ?? new AudioContext();
    this.resumeIfSuspended();
    this.timer = setInterval(() => this.tick(), this.options.intervalMs);
  }

  setStreams(streams: ReadonlyMap<string, MediaStream>): void {
    for (const [id, meter] of this.meters) {
      if (streams.get(id) !== meter.stream) this.disconnect(id);
    }
    for (const [id, stream] of streams) {
      if (this.meters.has(id) || stream.getAudioTracks().length === 0) continue;
      const source = this.context.createMediaStreamSource(stream);
      const analyser = this.context.createAnalyser();
      analyser.fftSize = this.windowSize();
      source.connect(analyser);
      this.meters.set(id, {
        stream,
        source,
        analyser,
        samples: new Uint8Array(analyser.fftSize),
        level: 0,
      });
    }
  }

  close(): void {
    clearInterval(this.timer);
    [...this.meters.keys()].forEach((id) => this.disconnect(id));
    void this.context.close().catch(() => undefined);
  }

  private disconnect(id: string): void {
    const meter = this.meters.get(id);
    if (!meter) return;
    meter.source.disconnect();
    meter.analyser.disconnect();
    this.meters.delete(id);
  }

  /** Samples in one poll interval, as a power of two (what an analyser takes), 32–32768. */
  private windowSize(): number {
    const samples = (this.context.sampleRate * this.options.intervalMs) / 1000;
    return 2 ** Math.min(15, Math.max(5, Math.ceil(Math.log2(samples))));
  }

  /** A context made before the page was interacted with starts suspended: retry until it runs. */
  private resumeIfSuspended(): void {
    if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
  }

  private tick(): void {
    this.resumeIfSuspended();
    let loudest: string | null = null;
    let loudestLevel = this.options.threshold;
    for (const [id, meter] of this.meters) {
      meter.analyser.getByteTimeDomainData(meter.samples);
      let sum = 0;
      for (const sample of meter.samples) sum += ((sample - 128) / 128) ** 2;
      const rms = Math.sqrt(sum / meter.samples.length);
      meter.level = meter.level * 0.6 + rms * 0.4;
      if (meter.level > loudestLevel) {
        loudest = id;
        loudestLevel = meter.level;
      }
    }
    const now = Date.now();
    if (loudest) this.lastHeardAt = now;
    const current = this.speakerId;
    const holding =
      current !== null && this.meters.has(current) && now - this.lastHeardAt < this.options.holdMs;
    const next = loudest ?? (holding ? current : null);
    if (next === current) return;
    this.speakerId = next;
    this.options.onChange(next);
  }
}
