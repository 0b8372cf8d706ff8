import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OversightController } from './oversight.controller.js';
import { OversightService } from './oversight.service.js';

@Module({
  imports: [CasesModule, OrganisationsModule],
  controllers: [OversightController],
  providers: [OversightService],
})
export class OversightModule {}
