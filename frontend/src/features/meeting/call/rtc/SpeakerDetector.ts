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

/** Finds the loudest stream with WebAudio analysers, polled a few times a second. */
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
    void this.context.resume().catch(() => undefined);
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
      analyser.fftSize = 512;
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

  private tick(): void {
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
