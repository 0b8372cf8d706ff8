import { DynamicModule, Global, Module } from '@nestjs/common';
import { IdempotencyService } from '../common/idempotency.service.js';
import { PersonalDataCipher } from '../common/personal-data.js';
import type { AppConfig } from './config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: PersonalDataCipher, useValue: new PersonalDataCipher(config.dataKey) },
        IdempotencyService,
      ],
      exports: [APP_CONFIG, PersonalDataCipher, IdempotencyService],
    };
  }
}
