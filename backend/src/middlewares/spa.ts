import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { repoRoot } from '../config.js';
import { notFoundHandler } from './errorHandler.js';

const SPA_DIR = join(repoRoot, 'frontend', 'dist');
const SOURCE_MAP = /\.map$/i;

export interface SpaOptions {
  /** The built SPA (frontend/dist unless a test gives its own). */
  dir?: string;
  /** Source maps reveal the original sources; production serves them only when asked to. */
  serveSourceMaps: boolean;
}

/**
 * Serves the built SPA on the API's origin, with index.html for every client-side route;
 * nothing at all while there is no build.
 */
export function spaRouter({ dir = SPA_DIR, serveSourceMaps }: SpaOptions): Router {
  const router = Router();
  if (!existsSync(join(dir, 'index.html'))) return router;
  if (!serveSourceMaps) {
    router.use((req, res, next) =>
      SOURCE_MAP.test(req.path) ? notFoundHandler(req, res, next) : next(),
    );
  }
  router.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  // A missing chunk (an old build's, after a deploy) is a plain 404, never index.html.
  router.use('/assets', notFoundHandler);
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
