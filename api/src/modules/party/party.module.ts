import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { PartyChannelService } from './party-channel.service.js';
import { PartyController, PartyLinksController } from './party.controller.js';
import { PartyGuard } from './party.guard.js';

/** The parties' own channel: one-time links, SMS codes, the party's session and view. */
@Module({
  imports: [CasesModule],
  controllers: [PartyLinksController, PartyController],
  providers: [PartyChannelService, PartyGuard],
})
export class PartyModule {}
