import { Module } from '@nestjs/common';
import { EscalationsController } from './escalations.controller.js';
import { EscalationsService } from './escalations.service.js';

/** 风险报告 (Art 25): reports to the police or the judicial office, and their acknowledgement. */
@Module({
  controllers: [EscalationsController],
  providers: [EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
