import {
  Body,
  Controller,
  Get,
  HttpCode,
  Patch,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../../common/id-param.js';
import { ApiPurpose, CASE_PRINT_PURPOSES, type PrintPurpose, Purpose } from '../../common/print-purpose.js';
import { sendPdf } from '../documents/send-pdf.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { fileRequired, SingleUpload } from '../documents/upload.interceptor.js';
import { AgreementScansService, MAX_SCAN_BYTES } from './agreement-scans.service.js';
import { AgreementSigningService } from './agreement-signing.service.js';
import { AgreementErrors } from './agreements.errors.js';
import { AgreementsService } from './agreements.service.js';
import {
  AgreementCheckDto,
  AgreementResponseDto,
  CreateAgreementDto,
  FinaliseAgreementDto,
  SealApprovalDto,
  SignatureDto,
  UpdateAgreementDto,
} from './dto/agreement.dto.js';

const AgreementId = () => IdParam('id', '调解协议');

/** An agreement prints for what a case form prints for, and as the copy to be signed on paper. */
const AGREEMENT_PRINT_PURPOSES: readonly PrintPurpose[] = ['signing', ...CASE_PRINT_PURPOSES];

@ApiTags('agreements')
@Controller()
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly signing: AgreementSigningService,
    private readonly scans: AgreementScansService,
  ) {}

  @Post('cases/:id/agreements')
  @ApiOperation({ summary: 'Draft a written or oral agreement for a case in mediation' })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') caseId: string,
    @Body() dto: CreateAgreementDto,
  ) {
    return this.agreements.create(user, caseId, dto);
  }

  @Get('agreements/:id')
  @ApiOperation({ summary: 'An agreement with its signatures and legal checklist' })
  @ApiOkResponse({ type: AgreementResponseDto })
  get(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    return this.agreements.get(user, id);
  }

  @Patch('agreements/:id')
  @ApiOperation({ summary: 'Change a draft (409 once signing started)' })
  @ApiOkResponse({ type: AgreementResponseDto })
  update(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() dto: UpdateAgreementDto) {
    return this.agreements.update(user, id, dto);
  }

  @Get('agreements/:id/check')
  @ApiOperation({ summary: 'What a legally complete agreement still lacks' })
  @ApiOkResponse({ type: AgreementCheckDto })
  check(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    return this.agreements.check(user, id);
  }

  @Post('agreements/:id/signatures')
  @ApiOperation({
    summary: 'A party’s signature, fingerprint or seal, a mediator’s signature, or the committee seal',
  })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  async sign(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() dto: SignatureDto) {
    await this.signing.sign(user, id, dto);
    return this.agreements.get(user, id);
  }

  @Post('agreements/:id/finalise')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Make the agreement effective and issue its signed PDF (422 lists missing signers); `paperSigned` uses the uploaded scans instead and, unless the caller is the director, only asks for the director’s seal approval (202)',
  })
  @ApiOkResponse({ type: AgreementResponseDto, description: 'Effective' })
  @ApiAcceptedResponse({
    type: AgreementResponseDto,
    description: 'Paper-signed: waiting for the director’s seal approval',
  })
  async finalise(
    @CurrentUser() user: AuthUser,
    @AgreementId() id: string,
    @Body() dto: FinaliseAgreementDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.signing.finalise(user, id, dto.paperSigned === true);
    if (outcome === 'requested') res.status(202);
    return this.agreements.get(user, id);
  }

  @Post('agreements/:id/seal-approval')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The director approves the committee seal on a paper-signed agreement (it takes effect) or refuses it with a reason',
  })
  @ApiOkResponse({ type: AgreementResponseDto })
  async sealApproval(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() dto: SealApprovalDto) {
    await this.signing.sealApproval(user, id, dto.decision, dto.reason);
    return this.agreements.get(user, id);
  }

  @Post('agreements/:id/scans')
  @UseInterceptors(SingleUpload('file', MAX_SCAN_BYTES, () => AgreementErrors.scanTooLarge()))
  @ApiOperation({
    summary: 'Upload a scan of the copy signed on paper (PDF, JPEG or PNG by content, ≤ 10 MB)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: AgreementResponseDto })
  async uploadScan(
    @CurrentUser() user: AuthUser,
    @AgreementId() id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    if (!file?.size) throw fileRequired('file', '请上传签署后的协议扫描件');
    await this.scans.upload(user, id, file);
    return this.agreements.get(user, id);
  }

  @Get('agreements/:id/scans/:scanId')
  @ApiOperation({ summary: 'A scan of the paper-signed agreement, as uploaded' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  async scan(
    @CurrentUser() user: AuthUser,
    @AgreementId() id: string,
    @IdParam('scanId', '扫描件') scanId: string,
    @Res() res: Response,
  ) {
    const scan = await this.scans.download(user, id, scanId);
    res
      .type(scan.contentType)
      .setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(scan.filename)}`)
      .send(scan.data);
  }

  @Get('agreements/:id/pdf')
  @ApiOperation({
    summary:
      '人民调解协议书 as PDF: the signed copy once effective, a marked draft before; `purpose=signing`: the copy to be signed on paper',
  })
  @ApiPurpose(AGREEMENT_PRINT_PURPOSES)
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentUser() user: AuthUser,
    @AgreementId() id: string,
    @Purpose(AGREEMENT_PRINT_PURPOSES) purpose: PrintPurpose,
    @Res() res: Response,
  ) {
    sendPdf(res, await this.signing.pdf(user, id, purpose));
  }
}
