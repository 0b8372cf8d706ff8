import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { AgreementContextLoader } from './agreement-context.js';
import { AgreementScansService } from './agreement-scans.service.js';
import { AgreementSigningService } from './agreement-signing.service.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';

@Module({
  imports: [CasesModule],
  controllers: [AgreementsController],
  providers: [AgreementContextLoader, AgreementsService, AgreementSigningService, AgreementScansService],
  exports: [AgreementContextLoader],
})
export class AgreementsModule {}
