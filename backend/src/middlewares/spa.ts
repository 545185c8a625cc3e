import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { repoRoot } from '../config.js';

const SPA_DIR = join(repoRoot, 'frontend', 'dist');

/** Serves the built SPA on the API's origin, with index.html for every client-side route. */
export function spaRouter(): Router {
  const router = Router();
  if (!existsSync(join(SPA_DIR, 'index.html'))) return router;
  router.use(
    '/assets',
    express.static(join(SPA_DIR, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(SPA_DIR, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(SPA_DIR, 'index.html'));
  });
  return router;
}
