import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { RedactingLogger } from './common/redacting-logger.js';
import { type AppConfig, logLevelsFrom } from './config/config.js';
import { DemoDataService } from './database/demo-data.service.js';
import { assertEveryRouteHasRule } from './modules/auth/route-policy-check.js';

/**
 * Builds, migrates and initialises the application (without listening). Every log line goes
 * through the personal-data redaction; tests pass their own logger to keep the lines in a file.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: LoggerService = new RedactingLogger({ logLevels: logLevelsFrom(config.logLevel) }),
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger,
    abortOnError: false,
  });
  configureApp(app, config);
  await app.init();
  assertEveryRouteHasRule(app);
  const demo = app.get(DemoDataService);
  if (config.demo) await demo.loadIfEmpty();
  if (config.production) await demo.refuseDemoPasswords();
  app.enableShutdownHooks();
  return app;
}
