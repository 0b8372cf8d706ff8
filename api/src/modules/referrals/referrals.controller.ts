import { AcceptReferralDto } from '../cases/dto/consent.dto.js';
import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../../common/id-param.js';
import { ApiPurpose, Purpose, type PrintPurpose } from '../../common/print-purpose.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { sendPdf } from '../documents/send-pdf.js';
import {
  CreateReferralDto,
  DeclineDto,
  DispatchDto,
  FeedbackDto,
  ReferralDetailDto,
  ReferralPageDto,
  ReferralQueryDto,
  UndisputedFactsDto,
} from './dto/referral.dto.js';
import { ReferralDocumentsService } from './referral-documents.service.js';
import { ReferralsService } from './referrals.service.js';

@ApiTags('referrals')
@Controller()
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly documents: ReferralDocumentsService,
  ) {}

  @Post('referrals')
  @ApiSecurity('api-key')
  @ApiOperation({ summary: 'File a referral (liaison, or a referring body’s system with X-Api-Key)' })
  @ApiCreatedResponse({ description: '`{ id, status: "received" }`; 409 for a repeated external reference' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateReferralDto) {
    return this.referrals.create(user, dto);
  }

  @Get('referrals')
  @ApiOperation({ summary: 'Referrals visible to the caller, newest first' })
  @ApiOkResponse({ type: ReferralPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ReferralQueryDto) {
    return this.referrals.list(user, query);
  }

  @Get('referrals/:id')
  @ApiOperation({ summary: 'A referral with its steps and outcome' })
  @ApiOkResponse({ type: ReferralDetailDto })
  detail(@CurrentUser() user: AuthUser, @IdParam('id', '委派') id: string) {
    return this.referrals.detail(user, id);
  }

  @Post('referrals/:id/dispatch')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send the referral to a committee in the office’s area (分拨)' })
  @ApiNoContentResponse()
  dispatch(@CurrentUser() user: AuthUser, @IdParam('id', '委派') id: string, @Body() dto: DispatchDto) {
    return this.referrals.dispatch(user, id, dto.organisationId);
  }

  @Post('referrals/:id/accept')
  @ApiOperation({
    summary:
      'Accept: creates the linked, accepted case with the referrer’s deadline (422 RIGHTS_NOTICE_MISSING without `rightsNotice`)',
  })
  @ApiCreatedResponse({ description: '`{ caseId }`' })
  accept(@CurrentUser() user: AuthUser, @IdParam('id', '委派') id: string, @Body() dto: AcceptReferralDto) {
    return this.referrals.accept(user, id, dto);
  }

  @Post('referrals/:id/decline')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send the referral back to the judicial office, with the reason' })
  @ApiNoContentResponse()
  decline(@CurrentUser() user: AuthUser, @IdParam('id', '委派') id: string, @Body() dto: DeclineDto) {
    return this.referrals.decline(user, id, dto.reason);
  }

  @Post('referrals/:id/feedback')
  @HttpCode(204)
  @ApiOperation({ summary: 'Report progress to the referrer (e.g. the police’s 24-hour first feedback)' })
  @ApiNoContentResponse()
  feedback(@CurrentUser() user: AuthUser, @IdParam('id', '委派') id: string, @Body() dto: FeedbackDto) {
    return this.referrals.feedback(user, id, dto.note);
  }

  @Get('referrals/:id/feedback.pdf')
  @ApiOperation({ summary: 'The result letter (回函): outcome, agreement or termination, undisputed facts' })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  async letter(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '委派') id: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
  ) {
    sendPdf(res, await this.documents.letter(user, id, purpose));
  }

  @Get('referrals/:id/agreement.pdf')
  @ApiOperation({ summary: 'The effective, digitally signed agreement of the linked case' })
  @ApiProduces('application/pdf')
  @ApiPurpose()
  async agreement(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '委派') id: string,
    @Purpose() purpose: PrintPurpose,
    @Res() res: Response,
  ) {
    sendPdf(res, await this.documents.agreement(user, id, purpose));
  }

  @Put('cases/:id/undisputed-facts')
  @HttpCode(204)
  @ApiOperation({ summary: 'Record the undisputed facts (无争议事实) when mediation fails' })
  @ApiNoContentResponse()
  undisputed(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @Body() dto: UndisputedFactsDto,
  ) {
    return this.referrals.setUndisputedFacts(user, id, dto.text);
  }
}
