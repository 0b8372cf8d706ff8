import { Module } from '@nestjs/common';
import { PersonalDataExportController } from './personal-data-export.controller.js';
import { PersonalDataExportService } from './personal-data-export.service.js';

/** Parties as data subjects: the PIPL access export. Parties themselves live in the case aggregate. */
@Module({
  controllers: [PersonalDataExportController],
  providers: [PersonalDataExportService],
})
export class PartiesModule {}
