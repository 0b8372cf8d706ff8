import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommonErrors } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { CalendarOverrideEntity } from './calendar-override.entity.js';
import { DeadlinesQueryService } from './deadlines-query.service.js';
import { DeadlinesService } from './deadlines.service.js';
import {
  CalendarOverrideDto,
  DeadlinePageDto,
  DeadlineQueryDto,
  SweepResultDto,
} from './dto/deadline.dto.js';

@ApiTags('deadlines')
@Controller()
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly query: DeadlinesQueryService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('deadlines')
  @ApiOperation({ summary: 'Open clocks of the visible cases, red first, with counts by light' })
  @ApiOkResponse({ type: DeadlinePageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: DeadlineQueryDto): Promise<DeadlinePageDto> {
    return this.query.list(user, query);
  }

  @Post('deadlines/sweep')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the deadline sweep now (it also runs every minute)' })
  @ApiOkResponse({ type: SweepResultDto })
  sweep(): Promise<SweepResultDto> {
    return this.deadlines.sweep();
  }

  @Get('calendar/overrides')
  @ApiOperation({ summary: 'Local corrections of the national holiday calendar' })
  @ApiOkResponse({ type: [CalendarOverrideDto] })
  async overrides(): Promise<CalendarOverrideDto[]> {
    const rows = await this.dataSource.getRepository(CalendarOverrideEntity).find({ order: { day: 'ASC' } });
    return rows.map((r) => ({ day: r.day, working: r.working, name: r.name }));
  }

  @Put('calendar/overrides')
  @ApiOperation({
    summary: 'Declare a local day off or make-up working day (admin); applies to clocks started afterwards',
  })
  @ApiOkResponse({ type: CalendarOverrideDto })
  async setOverride(
    @CurrentUser() user: AuthUser,
    @Body() dto: CalendarOverrideDto,
  ): Promise<CalendarOverrideDto> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CalendarOverrideEntity).upsert({ ...dto, createdById: user.id }, ['day']);
      await this.audit.record(manager, user, {
        action: 'calendar.override',
        entity: 'calendar',
        entityId: dto.day,
        after: dto,
      });
    });
    return dto;
  }

  @Delete('calendar/overrides/:day')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a local calendar correction (admin)' })
  @ApiNoContentResponse()
  async removeOverride(@CurrentUser() user: AuthUser, @Param('day') day: string): Promise<void> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw CommonErrors.notFound('日历调整');
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(CalendarOverrideEntity).delete({ day });
      if (!result.affected) throw CommonErrors.notFound('日历调整');
      await this.audit.record(manager, user, {
        action: 'calendar.override.remove',
        entity: 'calendar',
        entityId: day,
      });
    });
  }
}
