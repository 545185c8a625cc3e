import { changePasswordBodySchema, loginBodySchema, registerBodySchema } from '@huddle/contract';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { createAuthController } from '../controllers/auth.controller.js';
import { requireAuth } from '../middlewares/requireAuth.js';
import { rateLimitByIp } from '../middlewares/rateLimitByIp.js';
import { sameSiteOnly } from '../middlewares/sameSiteOnly.js';
import { validate } from '../middlewares/validate.js';
import { createAuthService } from '../services/auth.service.js';
import { createLoginThrottle } from '../services/loginThrottle.service.js';

export function createAuthRouter(deps: AppDeps): Router {
  const { makeLimiter } = deps;
  const { auth } = deps.config;
  const registrations = makeLimiter({
    keyPrefix: 'register:ip',
    points: auth.registerMaxPerIp,
    durationSeconds: auth.registerWindowSeconds,
  });
  const service = createAuthService({
    config: deps.config,
    logger: deps.logger,
    tokens: deps.tokens,
    throttle: createLoginThrottle(auth, makeLimiter),
    revocations: deps.revocations,
  });
  const controller = createAuthController(service, deps.config);

  const router = Router();
  router.post(
    '/register',
    rateLimitByIp(registrations),
    validate({ body: registerBodySchema }),
    controller.register,
  );
  router.post('/login', validate({ body: loginBodySchema }), controller.login);
  router.post('/refresh', sameSiteOnly(deps.config.corsOrigins), controller.refresh);
  router.post('/logout', controller.logout);
  router.post(
    '/password',
    requireAuth(deps.tokens),
    validate({ body: changePasswordBodySchema }),
    controller.changePassword,
  );
  return router;
}
