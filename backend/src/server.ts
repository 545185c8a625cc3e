import { createServer } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { connectDatabase, disconnectDatabase } from './db/connect.js';
import { NoDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded.js';
import { createDeps } from './deps.js';
import { closeLeftoverActivities } from './jobs/closeLeftoverActivities.js';
import { startSessionPurge } from './jobs/sessionPurge.js';
import { createLogger, type Logger } from './lib/logger.js';
import { NoMediaServerError, startEmbeddedLiveKit } from './media/embedded.js';
import { createRealtime } from './realtime/index.js';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config.logLevel, config.env === 'development');
  for (const warning of config.warnings) logger.warn(warning);

  let embedded: EmbeddedDatabase | undefined;
  let uri = config.db.uri;
  if (!uri) {
    embedded = await startEmbeddedDatabase(config.db.dataDir, logger).catch((error: unknown) =>
      exitWith(logger, error),
    );
    uri = embedded.uri;
  }

  const embeddedLiveKit =
    config.media.mode === 'sfu' && !config.media.livekit
      ? await startEmbeddedLiveKit(config.db.dataDir, logger).catch((error: unknown) =>
          exitWith(logger, error),
        )
      : undefined;

  const deps = createDeps(config, logger, embeddedLiveKit);
  const httpServer = createServer(createApp(deps));
  const realtime = await createRealtime(httpServer, deps).catch((error: unknown) =>
    exitWith(logger, error),
  );
  const connecting = new AbortController();
  const startedAt = new Date();
  let stopSessionPurge = () => undefined as void;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown timed out, forcing exit');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    connecting.abort();
    stopSessionPurge();
    await realtime.close();
    await deps.close();
    await disconnectDatabase();
    await embedded?.stop();
    await embeddedLiveKit?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // No traffic before the database answers: a process gets connections as soon as it listens
  // (pm2's cluster mode) and is sent users once it reports ready (pm2 wait_ready, reloads).
  await connectDatabase({ ...config.db, uri, logger, signal: connecting.signal });
  if (stopping) return;
  if (!config.redisUrl) void closeLeftoverActivities(startedAt, logger);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  logger.info({ url: `http://${config.host}:${config.port}` }, 'huddle is listening');
  process.send?.('ready');
  stopSessionPurge = startSessionPurge(logger);
}

function readConfigOrExit(): Config {
  try {
    return loadConfig(undefined, { persistDevSecret: true });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`huddle: ${error.message}`);
    process.exit(1);
  }
}

function exitWith(logger: Logger, error: unknown): never {
  if (error instanceof NoDatabaseError || error instanceof NoMediaServerError) {
    logger.fatal(error.message);
  } else logger.fatal({ err: error }, 'startup failed');
  process.exit(1);
}

void main();
