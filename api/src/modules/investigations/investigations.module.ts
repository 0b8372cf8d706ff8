import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { InvestigationsController } from './investigations.controller.js';
import { InvestigationsService } from './investigations.service.js';

/** 调查记录 of a case (form 5); printed by the documents module. */
@Module({
  imports: [CasesModule],
  controllers: [InvestigationsController],
  providers: [InvestigationsService],
})
export class InvestigationsModule {}
