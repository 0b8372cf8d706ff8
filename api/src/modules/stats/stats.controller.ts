import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../../common/id-param.js';
import { DEFAULT_PRINT_PURPOSE, printWatermark } from '../../common/print-purpose.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import {
  AnalysisDto,
  LockPeriodDto,
  LockPeriodParamsDto,
  OverviewDto,
  PreventionDto,
  ReportDto,
  ReportQueryDto,
  StatsQueryDto,
  TrendDto,
} from './dto/stats.dto.js';
import { reportWorkbook } from './report-xlsx.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@Controller()
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('stats/overview')
  @ApiOperation({ summary: 'Figures of the period (registration date), computed from case facts' })
  @ApiOkResponse({ type: OverviewDto })
  overview(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto) {
    return this.stats.overview(user, query);
  }

  @Get('stats/trend')
  @ApiOperation({ summary: 'Received and succeeded per month' })
  @ApiOkResponse({ type: TrendDto })
  trend(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto) {
    return this.stats.trend(user, query);
  }

  @Get('stats/analysis')
  @ApiOperation({ summary: '类案分析: places and their types, repeat parties and places, workload' })
  @ApiOkResponse({ type: AnalysisDto })
  analysis(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto) {
    return this.stats.analysis(user, query);
  }

  @Get('stats/report')
  @ApiOperation({ summary: 'The monthly report in the official layout, as JSON or as an Excel file' })
  @ApiOkResponse({ type: ReportDto })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async report(@CurrentUser() user: AuthUser, @Query() query: ReportQueryDto, @Res() res: Response) {
    const report = await this.stats.report(user, query.period, query.organisationId);
    if (query.format !== 'xlsx') {
      res.json(report);
      return;
    }
    await this.stats.logExport(user, query, query.purpose ?? DEFAULT_PRINT_PURPOSE);
    const file = await reportWorkbook(report, printWatermark(user).replace(/打印$/, '导出'));
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`调解工作月报表-${query.period}.xlsx`)}`,
      )
      .send(file);
  }

  @Post('stats/periods/:period/lock')
  @ApiOperation({
    summary:
      'Lock a month’s report (director, judicial officer): answered as it stands now, never changed after',
  })
  @ApiCreatedResponse({ type: ReportDto })
  lock(@CurrentUser() user: AuthUser, @Param() params: LockPeriodParamsDto, @Body() dto: LockPeriodDto) {
    return this.stats.lockPeriod(user, params.period, dto.organisationId);
  }

  @Put('cases/:id/prevention')
  @HttpCode(204)
  @ApiOperation({ summary: 'Record what the case prevented (防止民转刑, 群体性上访 …) with the persons' })
  @ApiNoContentResponse()
  prevention(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: PreventionDto) {
    return this.stats.setPrevention(user, id, dto);
  }
}
