import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { repoRoot } from '../config.js';

const SPA_DIR = join(repoRoot, 'frontend', 'dist');

/**
 * Serves the built SPA on the API's origin, with index.html for every client-side route;
 * nothing at all while there is no build.
 */
export function spaRouter(dir = SPA_DIR): Router {
  const router = Router();
  if (!existsSync(join(dir, 'index.html'))) return router;
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
