/**
 * The one reader of import.meta.env. Values are validated once at startup so a bad
 * deployment fails loudly instead of half-working.
 */
interface Env {
  /** Base of the REST API, e.g. `/api/v1` (same origin) or `https://huddle.example/api/v1`. */
  apiBaseUrl: string;
  /** Origin of the Socket.IO server; empty means the page's own origin. */
  socketUrl: string;
}

function readUrl(name: string, raw: unknown, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw !== 'string') throw new Error(`${name} must be a string.`);
  const value = raw.trim().replace(/\/+$/, '');
  const isPath = value.startsWith('/');
  if (!isPath && !/^https?:\/\/[^\s/]+/.test(value)) {
    throw new Error(`${name} must be a path starting with "/" or an http(s) URL, got "${raw}".`);
  }
  return value;
}

function parseEnv(source: ImportMetaEnv): Env {
  return {
    apiBaseUrl: readUrl('VITE_API_BASE_URL', source.VITE_API_BASE_URL, '/api/v1'),
    socketUrl: readUrl('VITE_SOCKET_URL', source.VITE_SOCKET_URL, ''),
  };
}

export const env: Env = parseEnv(import.meta.env);
