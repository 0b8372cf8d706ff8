import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { AcknowledgeEscalationDto, EscalationDto, EscalationQueryDto } from './dto/escalation.dto.js';
import { EscalationsService } from './escalations.service.js';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @ApiOperation({
    summary: '风险报告: those the caller’s body received, and those of the cases in its subtree (open first)',
  })
  @ApiOkResponse({ type: [EscalationDto] })
  list(@CurrentUser() user: AuthUser, @Query() query: EscalationQueryDto): Promise<EscalationDto[]> {
    return this.escalations.list(user, query.status);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: '签收: the receiving body acknowledges a risk report, with what it did' })
  @ApiOkResponse({ type: EscalationDto })
  acknowledge(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '风险报告') id: string,
    @Body() dto: AcknowledgeEscalationDto,
  ): Promise<EscalationDto> {
    return this.escalations.acknowledge(user, id, dto.response);
  }
}
