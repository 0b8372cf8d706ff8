import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommonErrors } from '../../common/errors.js';
import { IdParam } from '../../common/id-param.js';
import { ApiPurpose, Purpose, type PrintPurpose } from '../../common/print-purpose.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from '../cases/case-access.service.js';
import { CASE_DOCUMENTS, CaseDocumentsService, isCaseDocument } from './case-documents.service.js';
import { sendPdf } from './send-pdf.js';
import { VolumeService } from './volume.service.js';

/** A director prints a sensitive case off his team with a reason (audited; docs/security.md). */
const BreakGlass = () =>
  ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: 'Director only: percent-encoded reason to print a sensitive case (audited)',
  });

@ApiTags('documents')
@Controller()
export class CaseDocumentsController {
  constructor(
    private readonly documents: CaseDocumentsService,
    private readonly volumes: VolumeService,
  ) {}

  @Get('cases/:id/documents/:document')
  @ApiOperation({
    summary:
      'A printable form of the case: application, acceptance register, rights notice, termination notice',
  })
  @ApiParam({ name: 'document', enum: Object.keys(CASE_DOCUMENTS) })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  @BreakGlass()
  async caseDocument(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @Param('document') document: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    if (!isCaseDocument(document)) throw CommonErrors.notFound('文书');
    sendPdf(res, await this.documents.caseDocument(user, id, document, purpose, breakGlass));
  }

  @Get('cases/:id/volume.pdf')
  @ApiOperation({ summary: 'The bound case file (卷宗) of an archived case' })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  @BreakGlass()
  async volume(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    sendPdf(res, await this.volumes.download(user, id, purpose, breakGlass));
  }

  @Get('sessions/:id/record.pdf')
  @ApiOperation({ summary: '调解记录 of a session (private notes are never printed)' })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  @BreakGlass()
  async record(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '调解记录') id: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    sendPdf(res, await this.documents.sessionRecord(user, id, purpose, breakGlass));
  }

  @Get('investigations/:id/record.pdf')
  @ApiOperation({
    summary: '调查记录 of an interview, for the person interviewed and the investigators to sign',
  })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  @BreakGlass()
  async investigation(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '调查记录') id: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    sendPdf(res, await this.documents.investigationRecord(user, id, purpose, breakGlass));
  }
}
