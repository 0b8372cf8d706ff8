import { Global, Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { CaseDocumentsController } from './case-documents.controller.js';
import { CaseDocumentsService } from './case-documents.service.js';
import { OrganisationDocumentsController } from './organisation-documents.controller.js';
import { SigningKeysService } from './signing-keys.service.js';
import { TemplatesService } from './templates.service.js';
import { VerifyController } from './verify.controller.js';
import { VerifyService } from './verify.service.js';
import { VolumeService } from './volume.service.js';

@Global()
@Module({
  imports: [CasesModule],
  controllers: [VerifyController, CaseDocumentsController, OrganisationDocumentsController],
  providers: [SigningKeysService, VerifyService, CaseDocumentsService, VolumeService, TemplatesService],
  exports: [SigningKeysService],
})
export class DocumentsModule {}
