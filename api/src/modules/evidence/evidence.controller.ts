import { Body, Controller, Get, Headers, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  EVIDENCE_SENSITIVITIES,
  EVIDENCE_SOURCES,
  MAX_EVIDENCE_BYTES,
} from '../../../../libs/contracts/src/evidence.js';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from '../cases/case-access.service.js';
import { fileRequired, SingleUpload } from '../documents/upload.interceptor.js';
import { CreateEvidenceDto, EvidenceResponseDto } from './dto/evidence.dto.js';
import { EvidenceErrors } from './evidence.errors.js';
import { EvidenceService } from './evidence.service.js';

const BREAK_GLASS = {
  name: BREAK_GLASS_HEADER,
  required: false,
  description: 'Director only: percent-encoded reason to read sensitive evidence (audited)',
} as const;

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('cases/:id/evidence')
  @UseInterceptors(SingleUpload('file', MAX_EVIDENCE_BYTES, () => EvidenceErrors.tooLarge()))
  @ApiOperation({
    summary:
      'Add a piece of evidence (PDF, JPEG or PNG by content, ≤ 10 MB) with what it shows and its source',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'description', 'source'],
      properties: {
        file: { type: 'string', format: 'binary' },
        description: { type: 'string', maxLength: 500 },
        source: { type: 'string', enum: [...EVIDENCE_SOURCES] },
        sensitivity: { type: 'string', enum: [...EVIDENCE_SENSITIVITIES] },
        obtainedOn: { type: 'string', format: 'date' },
      },
    },
  })
  @ApiCreatedResponse({ type: EvidenceResponseDto })
  add(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') caseId: string,
    @Body() dto: CreateEvidenceDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<EvidenceResponseDto> {
    if (!file?.size) throw fileRequired('file', '请选择要上传的证据文件');
    return this.evidence.add(user, caseId, dto, file);
  }

  @Get('cases/:id/evidence')
  @ApiOperation({ summary: 'The evidence of a case; sensitive texts for the case team only' })
  @ApiHeader(BREAK_GLASS)
  @ApiOkResponse({ type: [EvidenceResponseDto] })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') caseId: string,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ): Promise<EvidenceResponseDto[]> {
    return this.evidence.list(user, caseId, breakGlass);
  }

  @Get('evidence/:id/file')
  @ApiOperation({ summary: 'The file of a piece of evidence, as kept (audited)' })
  @ApiHeader(BREAK_GLASS)
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  async file(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '证据材料') id: string,
    @Headers(BREAK_GLASS_HEADER) breakGlass: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.evidence.file(user, id, breakGlass);
    res
      .type(file.contentType)
      .setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .send(file.data);
  }
}
