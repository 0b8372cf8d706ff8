import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { type AppConfig, logLevelsFrom } from './config/config.js';
import { DemoDataService } from './database/demo-data.service.js';

/** Builds, migrates and initialises the application (without listening). */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger: logLevelsFrom(config.logLevel),
    abortOnError: false,
  });
  configureApp(app, config);
  await app.init();
  const demo = app.get(DemoDataService);
  if (config.demo) await demo.loadIfEmpty();
  if (config.production) await demo.refuseDemoPasswords();
  app.enableShutdownHooks();
  return app;
}
