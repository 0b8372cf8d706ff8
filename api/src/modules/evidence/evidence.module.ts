import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';

/** 证据材料 of a case. */
@Module({
  imports: [CasesModule],
  controllers: [EvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
