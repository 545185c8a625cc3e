import { startScratchServer, type DatabaseServer } from '../../backend/src/db/ferretdb.js';

/** MONGODB_URI when set, otherwise a FerretDB of the benchmark's own in a temporary folder. */
export function benchDatabase(): Promise<DatabaseServer> {
  return startScratchServer(process.env.MONGODB_URI);
}
