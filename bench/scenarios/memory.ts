import { connectClients, disconnectAll } from '../lib/clients.js';
import type { Target } from '../lib/target.js';

export interface MemoryResult {
  target: Target['name'];
  connections: number;
  heapPerConnection: number;
  rssPerConnection: number;
}

/** Server memory (after a full GC) with `count` idle, authenticated connections, per connection. */
export async function runMemory(target: Target, count: number): Promise<MemoryResult> {
  const before = await target.memory();
  const clients = await connectClients(target, count);
  const after = await target.memory();
  await disconnectAll(clients);
  return {
    target: target.name,
    connections: count,
    heapPerConnection: (after.heapUsed - before.heapUsed) / count,
    rssPerConnection: (after.rss - before.rss) / count,
  };
}
