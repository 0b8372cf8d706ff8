import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { PublicController } from './public.controller.js';
import { PublicService } from './public.service.js';

/** The parties' door without an account: online application and 一案一码 tracking. */
@Module({
  imports: [CasesModule],
  controllers: [PublicController],
  providers: [PublicService],
})
export class PublicModule {}
