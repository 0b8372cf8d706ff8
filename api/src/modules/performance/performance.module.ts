import { Module, type OnModuleInit } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { DeadlinesService } from '../deadlines/deadlines.service.js';
import { sweepOverdueObligations } from './obligation-sweep.js';
import { PerformanceController } from './performance.controller.js';
import { PerformanceService } from './performance.service.js';

@Module({
  imports: [CasesModule, AgreementsModule],
  controllers: [PerformanceController],
  providers: [PerformanceService],
})
export class PerformanceModule implements OnModuleInit {
  constructor(private readonly deadlines: DeadlinesService) {}

  /** Obligations left unperformed past their due day are found by the minute sweep, under its lock. */
  onModuleInit(): void {
    this.deadlines.onSweep(sweepOverdueObligations);
  }
}
