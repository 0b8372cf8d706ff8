import { Module, type OnModuleInit } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ReferralDocumentsService } from './referral-documents.service.js';
import { sweepReferralFeedback } from './referral-sweep.js';
import { ReferralsController } from './referrals.controller.js';
import { ReferralsService } from './referrals.service.js';

@Module({
  imports: [CasesModule, OrganisationsModule],
  controllers: [ReferralsController],
  providers: [ReferralsService, ReferralDocumentsService],
  exports: [ReferralsService],
})
export class ReferralsModule implements OnModuleInit {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** Late first feedback is found by the minute sweep, under its lock. */
  onModuleInit(): void {
    this.deadlines.onSweep(sweepReferralFeedback);
  }
}
