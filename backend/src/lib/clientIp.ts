import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The client's address as Express's `req.ip` resolves it with `trust proxy` set to `hops`:
 * the last `hops` proxies' X-Forwarded-For entries are believed, nothing before them.
 */
export function clientIp(request: IncomingMessage, hops: number): string {
  return proxyaddr(request, (_address, index) => index < hops);
}
