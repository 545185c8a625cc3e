import { Router } from 'express';
import { databaseAnswers } from '../db/connect.js';

/** `/readyz` pings the database, bounded by `timeoutMs`, so a stalled one makes it 503. */
export function createHealthRouter(timeoutMs: number): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = await databaseAnswers(timeoutMs);
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', database: ready });
  });
  return router;
}
