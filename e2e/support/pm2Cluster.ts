import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitUntilAnswering } from './builtApp.js';

const root = resolve(import.meta.dirname, '..', '..');
const pm2Bin = join(root, 'node_modules', '.bin', 'pm2');
const run = promisify(execFile);

interface Pm2Process {
  pid: number;
  pm2_env: { status: string };
}

/**
 * The built app under pm2 exactly as `npm run prod` runs it (ecosystem.config.cjs, cluster mode,
 * `instances` processes), with a PM2_HOME of its own in a temporary folder so that it touches no
 * other pm2. `kill` stops its daemon and every process, keeps the processes' logs in `logDir`
 * and removes the folder.
 */
export async function startPm2Cluster(logDir: string, env: Record<string, string>, instances = 2) {
  const home = mkdtempSync(join(tmpdir(), 'huddle-pm2-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const pm2Env = {
    ...process.env,
    PM2_HOME: home,
    WEB_CONCURRENCY: String(instances),
    HOST: '127.0.0.1',
    PORT: String(port),
    CORS_ORIGINS: baseUrl,
    LOG_LEVEL: 'info',
    ...env,
  };
  const pm2 = (...args: string[]) => run(pm2Bin, args, { cwd: root, env: pm2Env });
  const processes = async () => {
    const { stdout } = await pm2('jlist');
    return JSON.parse(stdout.slice(stdout.indexOf('['))) as Pm2Process[];
  };
  const online = async () =>
    (await processes()).filter((p) => p.pm2_env.status === 'online').map((p) => p.pid);
  const kill = async () => {
    await pm2('kill').catch(() => undefined);
    cpSync(join(home, 'logs'), logDir, { recursive: true });
    cpSync(join(home, 'pm2.log'), join(logDir, 'pm2.log'));
    rmSync(home, { recursive: true, force: true });
  };

  try {
    await pm2('start', 'ecosystem.config.cjs');
    await waitUntilAnswering(baseUrl, join(home, 'logs'));
    while ((await online()).length < instances) await new Promise((wait) => setTimeout(wait, 200));
  } catch (error) {
    await kill();
    throw error;
  }
  return {
    baseUrl,
    /** The pids of the app's processes that pm2 reports online. */
    pids: online,
    /** `pm2 reload huddle`: resolves once every process was replaced. */
    reload: async () => {
      await pm2('reload', 'huddle');
    },
    kill,
  };
}
