import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  ChecklistItemDto,
  FileReviewDto,
  FileReviewResultDto,
  OversightCasePageDto,
  OversightCasesQueryDto,
  OversightQueryDto,
  OversightSummaryDto,
  SuperviseDto,
} from './dto/oversight.dto.js';
import { OversightService } from './oversight.service.js';
import { REVIEW_CHECKLIST } from './review-checklist.js';

@ApiTags('oversight')
@Controller()
export class OversightController {
  constructor(private readonly oversight: OversightService) {}

  @Get('oversight/summary')
  @ApiOperation({ summary: 'The judicial office’s dashboard: lights, referrals, overdue, load' })
  @ApiOkResponse({ type: OversightSummaryDto })
  summary(@CurrentUser() user: AuthUser, @Query() query: OversightQueryDto) {
    return this.oversight.summary(user, query.organisationId);
  }

  @Get('oversight/cases')
  @ApiOperation({ summary: 'Open clocks of the area’s cases, red first' })
  @ApiOkResponse({ type: OversightCasePageDto })
  cases(@CurrentUser() user: AuthUser, @Query() query: OversightCasesQueryDto) {
    return this.oversight.cases(user, query);
  }

  @Get('oversight/review-checklist')
  @ApiOperation({ summary: 'The file-review (评查) checklist with points' })
  @ApiOkResponse({ type: [ChecklistItemDto] })
  checklist() {
    return REVIEW_CHECKLIST;
  }

  @Post('cases/:id/supervise')
  @ApiOperation({ summary: 'Urge (督办) a case: notifies its committee, stays on the timeline' })
  @ApiCreatedResponse({ description: '`{ notified }`: how many people were told' })
  supervise(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: SuperviseDto) {
    return this.oversight.supervise(user, id, dto.note);
  }

  @Post('cases/:id/reviews')
  @ApiOperation({ summary: 'File review (评查) of a finished case: every checklist item, scored' })
  @ApiCreatedResponse({ type: FileReviewResultDto })
  review(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: FileReviewDto) {
    return this.oversight.review(user, id, dto);
  }
}
