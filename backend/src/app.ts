import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppDeps } from './deps.js';
import { corsAllowlist } from './middlewares/cors.js';
import { errorHandler, notFoundHandler } from './middlewares/errorHandler.js';
import { requestLogger } from './middlewares/requestLogger.js';
import { spaRouter } from './middlewares/spa.js';
import { createApiRouter } from './routes/index.js';
import { createHealthRouter } from './routes/health.routes.js';

const JSON_BODY_LIMIT = '16kb';

/** Builds the Express app. It never listens: server.ts (or a test) owns the http server. */
export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.use(requestLogger(deps.logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'", ...deps.media.connectSources],
          'media-src': ["'self'", 'blob:'],
          // Over plain http (development, tests) upgrading would break every request.
          'upgrade-insecure-requests': config.isProduction ? [] : null,
        },
      },
    }),
  );
  app.use(createHealthRouter(config.db.timeoutMs));
  app.use(
    '/api/v1',
    corsAllowlist(config.corsOrigins),
    express.json({ limit: JSON_BODY_LIMIT }),
    cookieParser(),
    createApiRouter(deps),
  );
  app.use('/api', notFoundHandler);
  if (config.serveSpa) app.use(spaRouter({ serveSourceMaps: config.serveSourceMaps }));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
