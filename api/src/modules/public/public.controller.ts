import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApplicationReceiptDto, PublicApplicationDto, TrackDto } from './dto/public.dto.js';
import { PublicService } from './public.service.js';

@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(private readonly service: PublicService) {}

  @Post('applications')
  @ApiOperation({
    summary: '网上申请调解 without an account (rate-limited): registers a case with source online',
  })
  @ApiCreatedResponse({ type: ApplicationReceiptDto })
  apply(@Body() dto: PublicApplicationDto, @Req() req: Request): Promise<ApplicationReceiptDto> {
    return this.service.apply(dto, req.ip ?? 'unknown');
  }

  @Get('track/:code')
  @ApiOperation({ summary: '一案一码: status and milestones of a case by its code, no names (rate-limited)' })
  @ApiOkResponse({ type: TrackDto })
  track(@Param('code') code: string, @Req() req: Request): Promise<TrackDto> {
    return this.service.track(code, req.ip ?? 'unknown');
  }
}
