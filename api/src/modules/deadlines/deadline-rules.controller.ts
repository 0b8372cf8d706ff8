import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam, SerialParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { DeadlineRulesService } from './deadline-rules.service.js';
import { DeadlineRuleDto, UpdateDeadlineRuleDto } from './dto/deadline-rule.dto.js';

@ApiTags('deadlines')
@Controller()
export class DeadlineRulesController {
  constructor(private readonly rules: DeadlineRulesService) {}

  @Get('deadline-rules')
  @ApiOperation({ summary: 'The system’s time limits (each committee may set its own beside them)' })
  @ApiOkResponse({ type: [DeadlineRuleDto] })
  list(): Promise<DeadlineRuleDto[]> {
    return this.rules.listSystem();
  }

  @Put('deadline-rules/:id')
  @ApiOperation({ summary: 'Change a system time limit (admin); applies to clocks started afterwards' })
  @ApiOkResponse({ type: DeadlineRuleDto })
  update(
    @CurrentUser() user: AuthUser,
    @SerialParam('id', '期限规则') id: number,
    @Body() dto: UpdateDeadlineRuleDto,
  ): Promise<DeadlineRuleDto> {
    return this.rules.updateSystem(user, id, dto);
  }

  @Get('organisations/:id/deadline-rules')
  @ApiOperation({ summary: 'The time limits in force for a committee (its own, or the system’s)' })
  @ApiOkResponse({ type: [DeadlineRuleDto] })
  listFor(@CurrentUser() user: AuthUser, @IdParam('id', '组织') id: string): Promise<DeadlineRuleDto[]> {
    return this.rules.listFor(user, id);
  }

  @Put('organisations/:id/deadline-rules/:ruleId')
  @ApiOperation({
    summary: 'Set the committee’s own time limit (its director, or the admin); 422 if statutory',
  })
  @ApiOkResponse({ type: DeadlineRuleDto })
  setFor(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @SerialParam('ruleId', '期限规则') ruleId: number,
    @Body() dto: UpdateDeadlineRuleDto,
  ): Promise<DeadlineRuleDto> {
    return this.rules.setFor(user, id, ruleId, dto);
  }

  @Delete('organisations/:id/deadline-rules/:ruleId')
  @ApiOperation({ summary: 'Back to the system’s time limit for the committee' })
  @ApiOkResponse({ type: DeadlineRuleDto })
  resetFor(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '组织') id: string,
    @SerialParam('ruleId', '期限规则') ruleId: number,
  ): Promise<DeadlineRuleDto> {
    return this.rules.resetFor(user, id, ruleId);
  }
}
