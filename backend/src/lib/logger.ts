import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines for machines; `pretty` (development) renders them for people. */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  });
}
