import { type INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { sendError } from './common/exception.filter.js';
import { CommonErrors } from './common/errors.js';
import {
  answerClientError,
  refuseLargeBodies,
  refuseUnboundedBodies,
  verifyJsonBounds,
} from './common/malformed-requests.js';
import { securityHeaders } from './common/security-headers.js';
import { validationErrorFactory } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { rejectCrossSiteWrites } from './modules/auth/cross-site.js';
import { MAX_PDF_BYTES } from './modules/documents/verify.controller.js';
import { serveWebApp } from './web-app.js';

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
  app.use(`/${API_PREFIX}`, refuseLargeBodies(bodyLimitOf, parsedAsItArrives));
  app.use(`/${API_PREFIX}/auth`, express.json({ limit: AUTH_JSON_LIMIT, verify: verifyJsonBounds }));
  app.use(`/${API_PREFIX}`, express.json({ limit: JSON_LIMIT, verify: verifyJsonBounds }));
  app.use(`/${API_PREFIX}`, refuseUnboundedBodies);
  app.use(`/${API_PREFIX}/documents/verify`, express.raw({ type: 'application/pdf', limit: MAX_PDF_BYTES }));
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
  serveWebApp(server, config.webDir, API_PREFIX);
}

/** Sign-in and the other auth routes take a user name and a password: a few hundred bytes. */
const AUTH_JSON_LIMIT = 8 * 1024;
/** Any other JSON body (the largest, a case of 50 parties, is well under 100 KB). */
const JSON_LIMIT = 2 * 1024 * 1024;

/**
 * The most bytes a body may have on its route (path relative to /api), checked before it is read;
 * undefined for uploads, which their interceptor bounds part by part (upload.interceptor.ts).
 */
function bodyLimitOf(req: Request): number | undefined {
  if (isUpload(req)) return undefined;
  if (req.path.startsWith('/auth/')) return AUTH_JSON_LIMIT;
  if (req.path === '/documents/verify' && req.is('application/pdf')) return MAX_PDF_BYTES;
  return JSON_LIMIT;
}

/** Bodies a parser of configureApp reads as soon as they arrive (JSON, and the raw PDF to verify). */
const parsedAsItArrives = (req: Request) =>
  !!req.is('application/json') || (req.path === '/documents/verify' && !!req.is('application/pdf'));

/** Routes that take a file as multipart/form-data (parsed by their own interceptor). */
const UPLOAD_ROUTES = [
  /^\/organisations\/[^/]+\/signing-key$/,
  /^\/organisations\/[^/]+\/seal$/,
  /^\/agreements\/[^/]+\/scans$/,
  /^\/cases\/[^/]+\/evidence$/,
  /^\/documents\/verify$/,
];
const isUpload = (req: Request) =>
  !!req.is('multipart/form-data') && UPLOAD_ROUTES.some((route) => route.test(req.path));

/** A body sent as anything but JSON would reach the handlers empty: refuse it (415). */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'];
  if (hasBody && !req.is('application/json') && !req.path.startsWith('/documents/') && !isUpload(req)) {
    sendError(CommonErrors.unsupportedMediaType(), req, res);
    return;
  }
  next();
}
