import { SealRegistryService } from './seal-registry.service.js';
import { Global, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { CaseDocumentsController } from './case-documents.controller.js';
import { CaseDocumentsService } from './case-documents.service.js';
import { OrganisationDocumentsController } from './organisation-documents.controller.js';
import { closeRenderPool, warmUpRenderPool } from './render-pool.js';
import { SigningKeysService } from './signing-keys.service.js';
import { TemplatesService } from './templates.service.js';
import { VerifyController } from './verify.controller.js';
import { VerifyService } from './verify.service.js';
import { VolumeService } from './volume.service.js';

@Global()
@Module({
  imports: [CasesModule],
  controllers: [VerifyController, CaseDocumentsController, OrganisationDocumentsController],
  providers: [
    SigningKeysService,
    VerifyService,
    CaseDocumentsService,
    VolumeService,
    TemplatesService,
    SealRegistryService,
  ],
  exports: [SigningKeysService],
})
export class DocumentsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The first document should not wait for a worker to start and parse the fonts. */
  async onApplicationBootstrap(): Promise<void> {
    await warmUpRenderPool();
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRenderPool();
  }
}
