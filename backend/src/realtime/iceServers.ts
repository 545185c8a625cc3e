import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';
import type { IceServer } from '@huddle/contract';

/**
 * STUN as one entry and, when configured, TURN with coturn's REST API credentials
 * (`use-auth-secret`): the username carries its own expiry, so nothing is stored and a leaked
 * credential stops working after `turnTtlSeconds`.
 */
export function iceServersFor(
  ice: Config['ice'],
  identity: string,
  nowMs: number = Date.now(),
): IceServer[] {
  const servers: IceServer[] = [];
  if (ice.stunUrls.length > 0) servers.push({ urls: ice.stunUrls });
  if (ice.turnUrls.length > 0 && ice.turnSecret) {
    const expiry = Math.floor(nowMs / 1000) + ice.turnTtlSeconds;
    const username = `${expiry}:${identity}`;
    const credential = createHmac('sha1', ice.turnSecret).update(username).digest('base64');
    servers.push({ urls: ice.turnUrls, username, credential });
  }
  return servers;
}

/** Members are named by their user id; guests by their connection, which is all they have. */
export function turnIdentity(socketId: string, userId: string | undefined): string {
  return userId ?? `guest-${socketId}`;
}
