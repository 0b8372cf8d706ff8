import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendError } from './common/exception.filter.js';
import { CommonErrors } from './common/errors.js';
import { answerClientError, refuseDeepBodies } from './common/malformed-requests.js';
import { securityHeaders } from './common/security-headers.js';
import { validationErrorFactory } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { rejectCrossSiteWrites } from './modules/auth/cross-site.js';

export const API_PREFIX = 'api';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('tiaojie API')
    .setDescription('人民调解案件管理系统 API (see docs/api.md for the conventions)')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('tiaojie_session')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Everything the app needs around Nest's routes; shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance();
  app.getHttpServer().on('clientError', answerClientError);
  server.disable('x-powered-by');
  server.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  app.use(cookieParser());
  app.use(`/${API_PREFIX}`, rejectCrossSiteWrites(config.publicUrl));
  app.use(`/${API_PREFIX}`, express.json({ limit: '2mb' }));
  app.use(`/${API_PREFIX}`, refuseDeepBodies);
  app.use(`/${API_PREFIX}/documents/verify`, express.raw({ type: 'application/pdf', limit: '20mb' }));
  app.use(`/${API_PREFIX}`, requireJsonBody);
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    sendError(error, req, res);
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationErrorFactory,
    }),
  );
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  serveWebApp(server, config.webDir);
}

/** Routes that take a file as multipart/form-data (parsed by their own interceptor). */
const UPLOAD_ROUTES = [/^\/organisations\/[^/]+\/signing-key$/, /^\/agreements\/[^/]+\/scans$/];

/** A body sent as anything but JSON would reach the handlers empty: refuse it (415). */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'];
  const upload = req.is('multipart/form-data') && UPLOAD_ROUTES.some((route) => route.test(req.path));
  if (hasBody && !req.is('application/json') && !req.path.startsWith('/documents/') && !upload) {
    sendError(CommonErrors.unsupportedMediaType(), req, res);
    return;
  }
  next();
}

/** The built Angular app at `/`, with index.html for its client-side routes. */
function serveWebApp(server: express.Express, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return;
  server.use(express.static(webDir, { index: false, maxAge: '1h' }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      req.method === 'GET' && !req.path.startsWith(`/${API_PREFIX}/`) && !/\.\w+$/.test(req.path);
    if (isPage) res.sendFile(index);
    else next();
  });
}
