import { Global, Module } from '@nestjs/common';
import { SigningKeysService } from './signing-keys.service.js';
import { VerifyController } from './verify.controller.js';
import { VerifyService } from './verify.service.js';

@Global()
@Module({
  controllers: [VerifyController],
  providers: [SigningKeysService, VerifyService],
  exports: [SigningKeysService],
})
export class DocumentsModule {}
