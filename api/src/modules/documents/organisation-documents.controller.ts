import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppError, CommonErrorCode } from '../../common/errors.js';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  ImportSigningKeyDto,
  SigningKeyResponseDto,
  TemplateSourceDto,
  TemplateSummaryDto,
  UpdateTemplateDto,
} from './dto/documents.dto.js';
import { RegisterSealDto, SealResponseDto, SealUsesDto } from './dto/seal.dto.js';
import { MAX_SEAL_BYTES, SealErrors, SealRegistryService } from './seal-registry.service.js';
import { SigningKeysService } from './signing-keys.service.js';
import { TemplatesService } from './templates.service.js';
import { sendPdf } from './send-pdf.js';
import { fileRequired, SingleUpload } from './upload.interceptor.js';

const MAX_P12_BYTES = 1024 * 1024;
const p12TooLarge = () => new AppError(413, CommonErrorCode.PayloadTooLarge, '证书文件不能超过 1 MB');

/** A committee's signing certificate and its document templates. */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationDocumentsController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly templates: TemplatesService,
    private readonly seals: SealRegistryService,
  ) {}

  @Get(':id/signing-key')
  @ApiOperation({
    summary: 'The certificate the committee’s agreements are signed with (admin, its director)',
  })
  @ApiOkResponse({ type: SigningKeyResponseDto })
  signingKey(@CurrentUser() user: AuthUser, @IdParam('id', '组织') id: string) {
    return this.keys.summary(user, id);
  }

  @Put(':id/signing-key')
  @UseInterceptors(SingleUpload('file', MAX_P12_BYTES, p12TooLarge))
  @ApiOperation({ summary: 'Import a CA-issued PKCS#12 (multipart `file`, `password`); 422 when unusable' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'password'],
      properties: { file: { type: 'string', format: 'binary' }, password: { type: 'string' } },
    },
  })
  @ApiOkResponse({ type: SigningKeyResponseDto })
  importSigningKey(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: ImportSigningKeyDto,
  ) {
    if (!file?.size) throw fileRequired('file', '请上传 PKCS#12 证书文件(.p12 / .pfx)');
    return this.keys.importP12(user, id, file.buffer, dto.password);
  }

  @Put(':id/seal')
  @UseInterceptors(SingleUpload('file', MAX_SEAL_BYTES, SealErrors.tooLarge))
  @ApiOperation({ summary: '印章登记: the committee seal image (PNG, multipart `file`, `custodian`)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'custodian'],
      properties: {
        file: { type: 'string', format: 'binary' },
        custodian: { type: 'string', maxLength: 50 },
      },
    },
  })
  @ApiOkResponse({ type: SealResponseDto })
  registerSeal(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: RegisterSealDto,
  ) {
    if (!file?.size) throw fileRequired('file', '请上传印章图片(PNG)');
    return this.seals.register(user, id, file.buffer, dto.custodian);
  }

  @Get(':id/seal-uses')
  @ApiOperation({ summary: 'The registered seal and every agreement it was put on' })
  @ApiOkResponse({ type: SealUsesDto })
  sealUses(@CurrentUser() user: AuthUser, @IdParam('id', '组织') id: string) {
    return this.seals.uses(user, id);
  }

  @Get(':id/templates')
  @ApiOperation({ summary: 'Document templates and whether this organisation overrides them' })
  @ApiOkResponse({ type: [TemplateSummaryDto] })
  listTemplates(@CurrentUser() user: AuthUser, @IdParam('id', '组织') id: string) {
    return this.templates.list(user, id);
  }

  @Get(':id/templates/:name')
  @ApiOperation({ summary: 'The effective source of a template for this organisation' })
  @ApiOkResponse({ type: TemplateSourceDto })
  template(@CurrentUser() user: AuthUser, @IdParam('id', '组织') id: string, @Param('name') name: string) {
    return this.templates.get(user, id, name);
  }

  @Put(':id/templates/:name')
  @ApiOperation({ summary: 'Override a template; 422 when it does not compile or render its sample' })
  @ApiOkResponse({ type: TemplateSourceDto })
  putTemplate(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @Param('name') name: string,
    @Body() dto: UpdateTemplateDto,
  ) {
    return this.templates.put(user, id, name, dto.source);
  }

  @Post(':id/templates/:name/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A template source rendered on a realistic sample case (PDF); 422 when it would not be saved',
  })
  @ApiProduces('application/pdf')
  async previewTemplate(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @Param('name') name: string,
    @Body() dto: UpdateTemplateDto,
    @Res() res: Response,
  ) {
    sendPdf(res, {
      pdf: await this.templates.preview(user, id, name, dto.source),
      filename: `${name}-预览.pdf`,
    });
  }

  @Delete(':id/templates/:name')
  @ApiOperation({ summary: 'Revert to the ancestor’s version or the default' })
  @ApiOkResponse({ type: TemplateSourceDto })
  revertTemplate(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @Param('name') name: string,
  ) {
    return this.templates.remove(user, id, name);
  }
}
