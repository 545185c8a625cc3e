/**
 * Media benchmark: N fake-device browsers (video only, 320x180 at 15 fps) in one meeting,
 * through the SFU (LiveKit, started here) and through the mesh, on loopback. Per size and mode it
 * reports decoded frames per second per remote tile, the uplink each browser sends and the SFU's
 * CPU, each the median of BENCH_MEDIA_RUNS runs (default 3). `npm run bench:media` at the root
 * (builds first); sizes with BENCH_MEDIA_SIZES (default 2,4,8), the mesh only up to
 * BENCH_MEDIA_MESH_MAX (default 8).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startScratchServer } from '../../backend/src/db/ferretdb.js';
import { startScratchLiveKit } from '../../backend/src/media/livekitServer.js';
import { startBuiltApp, withDatabase } from '../../e2e/support/builtApp.js';
import { formatTable, percentile } from '../lib/stats.js';
import { instrumentVideoOnly, sample, type Sample } from './probe.js';

const SIZES = (process.env.BENCH_MEDIA_SIZES ?? '2,4,8').split(',').map(Number);
const RUNS = Number(process.env.BENCH_MEDIA_RUNS ?? 3);
const MESH_MAX = Number(process.env.BENCH_MEDIA_MESH_MAX ?? 8);
const WINDOW_MS = 8000;
const RESULTS_DIR = resolve(import.meta.dirname, '..', 'results');
const TICKS_PER_SECOND = 100;

type Mode = 'sfu' | 'mesh';
interface Run {
  fpsPerRemote: number[];
  uplinkBytesPerSecond: number[];
  sfuCpuPercent: number;
}

const log = (message: string) => process.stderr.write(`bench media: ${message}\n`);
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** CPU time (user + system) the process has used, in seconds. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function newMeeting(baseUrl: string): Promise<string> {
  const post = (path: string, body: object, token?: string) =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseUrl,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).then((res) => res.json());
  const username = `bench_${randomBytes(4).toString('hex')}`;
  const password = 'correct horse battery staple';
  await post('/auth/register', { name: 'Bench Host', username, password });
  const { accessToken } = await post('/auth/login', { username, password });
  const { meeting } = await post('/meetings', { title: 'Media bench' }, accessToken);
  return meeting.code;
}

async function measure(browser: Browser, baseUrl: string, size: number, sfuPid?: number) {
  const code = await newMeeting(baseUrl);
  const contexts = await Promise.all(
    Array.from({ length: size }, () =>
      browser.newContext({ viewport: { width: 640, height: 480 }, permissions: ['camera'] }),
    ),
  );
  try {
    const pages: Page[] = [];
    for (const [i, context] of contexts.entries()) {
      await instrumentVideoOnly(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/m/${code}`);
      await page.getByLabel('Your name').fill(`Bench ${i + 1}`);
      await page.getByRole('button', { name: 'Join now' }).click();
      await page.getByTestId('call').waitFor();
      pages.push(page);
    }
    // Everyone decodes everyone before the window opens.
    const allDecoding = async () =>
      (await Promise.all(pages.map(sample))).every((s) => {
        const frames = Object.values(s.decoded);
        return frames.length === size - 1 && frames.every((count) => count > 0);
      });
    const deadline = Date.now() + 60_000;
    while (!(await allDecoding())) {
      if (Date.now() > deadline) throw new Error(`not everyone decoded everyone at N=${size}`);
      await new Promise((wait) => setTimeout(wait, 500));
    }

    const cpuBefore = sfuPid ? cpuSeconds(sfuPid) : 0;
    const before: Sample[] = await Promise.all(pages.map(sample));
    const started = Date.now();
    await new Promise((wait) => setTimeout(wait, WINDOW_MS));
    const after: Sample[] = await Promise.all(pages.map(sample));
    const wallSeconds = (Date.now() - started) / 1000;
    const cpuAfter = sfuPid ? cpuSeconds(sfuPid) : 0;

    const run: Run = { fpsPerRemote: [], uplinkBytesPerSecond: [], sfuCpuPercent: 0 };
    after.forEach((end, i) => {
      const start = before[i]!;
      const seconds = (end.at - start.at) / 1000;
      for (const [id, frames] of Object.entries(end.decoded)) {
        run.fpsPerRemote.push((frames - (start.decoded[id] ?? 0)) / seconds);
      }
      run.uplinkBytesPerSecond.push((end.sentBytes - start.sentBytes) / seconds);
    });
    run.sfuCpuPercent = ((cpuAfter - cpuBefore) / wallSeconds) * 100;
    return run;
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
}

async function main() {
  const database = await startScratchServer(process.env.MONGODB_URI);
  const livekit = await startScratchLiveKit().catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  const uri = withDatabase(database.uri, `huddle_bench_media_${randomBytes(4).toString('hex')}`);
  const common = {
    MONGODB_URI: uri,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    SOCKET_CONNECTIONS_PER_IP: '1000',
    MEETING_LOOKUPS_PER_IP: '1000',
    REGISTER_MAX_PER_IP: '1000',
    LOGIN_MAX_PER_IP: '1000',
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const apps: Partial<Record<Mode, { baseUrl: string; stop(): Promise<void> }>> = {};
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--allow-loopback-in-peer-connection',
    ],
  });
  const rows = [['mode', 'N', 'fps per remote (median, min)', 'uplink per browser', 'SFU CPU']];
  const results = [];
  try {
    apps.sfu = await startBuiltApp(join(RESULTS_DIR, 'media-sfu.log'), {
      ...common,
      MEDIA_MODE: 'sfu',
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
    });
    apps.mesh = await startBuiltApp(join(RESULTS_DIR, 'media-mesh.log'), {
      ...common,
      MEDIA_MODE: 'mesh',
      MEETING_MAX_PARTICIPANTS: '50',
    });
    for (const size of SIZES) {
      for (const mode of ['sfu', 'mesh'] as Mode[]) {
        if (mode === 'mesh' && size > MESH_MAX) continue;
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i += 1) {
          log(`${mode} N=${size} run ${i + 1}/${RUNS}`);
          runs.push(
            await measure(
              browser,
              apps[mode]!.baseUrl,
              size,
              mode === 'sfu' ? livekit.pid : undefined,
            ),
          );
        }
        const fps = median(runs.map((run) => median(run.fpsPerRemote)));
        const minFps = median(runs.map((run) => Math.min(...run.fpsPerRemote)));
        const uplink = median(runs.map((run) => median(run.uplinkBytesPerSecond)));
        const cpu = median(runs.map((run) => run.sfuCpuPercent));
        results.push({
          mode,
          size,
          fps,
          minFps,
          uplinkBytesPerSecond: uplink,
          sfuCpuPercent: cpu,
          runs,
        });
        rows.push([
          mode,
          String(size),
          `${fps.toFixed(1)}, ${minFps.toFixed(1)}`,
          `${(uplink / 1024).toFixed(0)} KiB/s`,
          mode === 'sfu' ? `${cpu.toFixed(1)} %` : '—',
        ]);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(apps).map((app) => app.stop()));
    await livekit.stop();
    await database.stop();
  }
  const table = formatTable(rows);
  console.log(table);
  const file = join(RESULTS_DIR, `media-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ windowMs: WINDOW_MS, runsPerSize: RUNS, results }, null, 2));
  log(`results in ${file}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
