import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import { DEFAULT_PRINT_PURPOSE } from '../../common/print-purpose.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { sendPdf } from '../documents/send-pdf.js';
import {
  ConfirmationPackQueryDto,
  JudicialConfirmationDto,
  JudicialConfirmationResponseDto,
  JudicialConfirmationUpdateDto,
  PerformanceDto,
  PerformanceResultDto,
  ReturnVisitDto,
  UrgingDto,
} from './dto/performance.dto.js';
import { PerformanceService } from './performance.service.js';

@ApiTags('performance')
@Controller()
export class PerformanceController {
  constructor(private readonly performance: PerformanceService) {}

  @Post('agreements/:id/performance')
  @ApiOperation({ summary: 'Record that a term was performed, with its proof' })
  @ApiCreatedResponse({ type: PerformanceResultDto })
  record(@CurrentUser() user: AuthUser, @IdParam('id', '调解协议') id: string, @Body() dto: PerformanceDto) {
    return this.performance.recordPerformance(user, id, dto);
  }

  @Post('agreements/:id/urgings')
  @ApiOperation({ summary: 'Record an urging (督促履行) of an open term or of the whole agreement' })
  @ApiCreatedResponse({ description: 'The new record’s id' })
  urge(@CurrentUser() user: AuthUser, @IdParam('id', '调解协议') id: string, @Body() dto: UrgingDto) {
    return this.performance.urge(user, id, dto);
  }

  @Post('cases/:id/return-visits')
  @ApiOperation({ summary: 'Record a return visit (回访): performance, satisfaction 1–5, residual risk' })
  @ApiCreatedResponse({ description: 'The new visit’s id' })
  visit(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: ReturnVisitDto) {
    return this.performance.returnVisit(user, id, dto);
  }

  @Post('agreements/:id/judicial-confirmation')
  @ApiOperation({
    summary: 'Record the joint application for judicial confirmation (within 30 days, Art 33)',
  })
  @ApiCreatedResponse({ type: JudicialConfirmationResponseDto })
  apply(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '调解协议') id: string,
    @Body() dto: JudicialConfirmationDto,
  ) {
    return this.performance.applyForConfirmation(user, id, dto);
  }

  @Get('agreements/:id/judicial-confirmation.pdf')
  @ApiOperation({
    summary: 'The application pack: joint application, service addresses and phones, the agreement',
  })
  @ApiProduces('application/pdf')
  async pack(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '调解协议') id: string,
    @Query() query: ConfirmationPackQueryDto,
    @Res() res: Response,
  ) {
    sendPdf(
      res,
      await this.performance.confirmationPack(user, id, query.court, query.purpose ?? DEFAULT_PRINT_PURPOSE),
    );
  }

  @Patch('judicial-confirmations/:id')
  @ApiOperation({ summary: 'Record the court’s acceptance, ruling or the withdrawal' })
  @ApiOkResponse({ type: JudicialConfirmationResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '司法确认记录') id: string,
    @Body() dto: JudicialConfirmationUpdateDto,
  ) {
    return this.performance.updateConfirmation(user, id, dto);
  }
}
