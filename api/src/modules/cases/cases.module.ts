import { Module } from '@nestjs/common';
import { EscalationsModule } from '../escalations/escalations.module.js';
import { SessionReader } from '../sessions/session.reader.js';
import { SessionsController } from '../sessions/sessions.controller.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseCorrectionsService } from './case-corrections.service.js';
import { CaseActionsService } from './case-actions.service.js';
import { CaseDetailReader } from './case-detail.reader.js';
import { CaseSensitivityController } from './case-sensitivity.controller.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';

/** Cases and their sessions: one aggregate, one module. */
@Module({
  imports: [EscalationsModule],
  controllers: [CasesController, CaseSensitivityController, SessionsController],
  providers: [
    CaseAccessService,
    CaseActionsService,
    CaseCorrectionsService,
    CaseDetailReader,
    CasesService,
    SessionReader,
    SessionsService,
  ],
  exports: [CaseAccessService, CasesService, CaseActionsService],
})
export class CasesModule {}
