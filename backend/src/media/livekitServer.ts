import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../config.js';

const run = promisify(execFile);
const SCRIPT = join(repoRoot, 'scripts', 'livekit.sh');
const BUILD_TIMEOUT_MS = 20 * 60_000;

/** Where a LiveKit server is and the key pair that signs its tokens. */
export interface LiveKitConnection {
  url: string;
  apiKey: string;
  apiSecret: string;
}

export interface LiveKitServer extends LiveKitConnection {
  /** The server's process id, for reading its CPU use. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts LiveKit on loopback (building it once, cached) with its config, key pair and log in `dir` (kept after stop)
 * through scripts/livekit.sh, the one place that builds, configures, starts and stops it.
 */
export async function startLiveKit(dir: string, port?: number): Promise<LiveKitServer> {
  const { stdout } = await run('bash', [SCRIPT, 'start', dir, port ? String(port) : ''], {
    timeout: BUILD_TIMEOUT_MS,
  });
  const values = Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split('=', 2) as [string, string]),
  );
  return {
    url: values.LIVEKIT_URL!,
    apiKey: values.LIVEKIT_API_KEY!,
    apiSecret: values.LIVEKIT_API_SECRET!,
    pid: Number(readFileSync(join(dir, 'livekit.pid'), 'utf8')),
    stop: async () => {
      await run('bash', [SCRIPT, 'stop', dir]);
    },
  };
}

/** A LiveKit for one test run or benchmark, in a temporary folder removed when it stops. */
export async function startScratchLiveKit(): Promise<LiveKitServer> {
  const dir = mkdtempSync(join(tmpdir(), 'huddle-livekit-'));
  try {
    const server = await startLiveKit(dir);
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
