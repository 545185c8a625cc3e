import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { spaRouter } from '../../src/middlewares/spa.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function appServing(dir: string) {
  const app = express();
  app.use(spaRouter(dir));
  app.use((_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND' } }));
  return app;
}

function buildDir(withIndex: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'huddle-spa-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  if (withIndex) writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Huddle</title>');
  return dir;
}

describe('SPA router', () => {
  it('when the SPA is built, then / and client routes answer its index.html', async () => {
    const app = appServing(buildDir(true));

    const root = await request(app).get('/');
    const route = await request(app).get('/m/abc-defg-hij');

    expect(root.status).toBe(200);
    expect(root.text).toContain('<title>Huddle</title>');
    expect(route.text).toContain('<title>Huddle</title>');
  });

  it('when there is no build, then it serves nothing and the JSON 404 answers', async () => {
    const res = await request(appServing(buildDir(false))).get('/');

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND' } });
  });
});
