import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { errorHandler, notFoundHandler } from '../../src/middlewares/errorHandler.js';
import { requestLogger } from '../../src/middlewares/requestLogger.js';
import { spaRouter } from '../../src/middlewares/spa.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The SPA behind the app's own request logger and error handlers; `logged` is what they wrote. */
function appServing(dir: string, serveSourceMaps = false) {
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  const app = express()
    .use(requestLogger(pino({ level: 'info' }, sink)))
    .use(spaRouter({ dir, serveSourceMaps }))
    .use(notFoundHandler)
    .use(errorHandler);
  return { app, logged };
}

function buildDir(withIndex: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'huddle-spa-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)\n//# sourceMappingURL=app.js.map');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"version":3}');
  if (withIndex) writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Huddle</title>');
  return dir;
}

describe('SPA router', () => {
  it('when the SPA is built, then / and client routes answer its index.html', async () => {
    const { app } = appServing(buildDir(true));

    const root = await request(app).get('/');
    const route = await request(app).get('/m/abc-defg-hij');

    expect(root.status).toBe(200);
    expect(root.text).toContain('<title>Huddle</title>');
    expect(route.text).toContain('<title>Huddle</title>');
  });

  it('when there is no build, then it serves nothing and the JSON 404 answers', async () => {
    const res = await request(appServing(buildDir(false)).app).get('/');

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('when an asset exists, then it is served as immutable', async () => {
    const res = await request(appServing(buildDir(true)).app).get('/assets/app.js');

    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/immutable/);
  });

  it('when an asset is missing (an old chunk after a deploy), then it answers 404 and logs no stack', async () => {
    const { app, logged } = appServing(buildDir(true));

    const res = await request(app).get('/assets/app-0ld.js');

    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(logged.join('')).not.toMatch(/"stack"|"level":50/);
  });

  it('when source maps are not enabled, then a map answers 404; enabled, it is served', async () => {
    const dir = buildDir(true);

    await request(appServing(dir, false).app).get('/assets/app.js.map').expect(404);
    await request(appServing(dir, true).app).get('/assets/app.js.map').expect(200);
  });
});
