import { Body, Controller, Get, Headers, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from '../cases/case-access.service.js';
import { SensitivityDto } from '../cases/dto/sensitivity.dto.js';
import { CreateSessionDto, SessionResponseDto } from './dto/session.dto.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('sessions')
@Controller('cases/:id/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post()
  @ApiOperation({ summary: 'Record a back-to-back, face-to-face or site-visit session' })
  @ApiCreatedResponse({ type: SessionResponseDto })
  create(@CurrentUser() user: AuthUser, @IdParam('id', '案件') id: string, @Body() dto: CreateSessionDto) {
    return this.sessions.create(user, id, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Sessions of a case; private notes only for the case’s mediators' })
  @ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: 'Director only: percent-encoded reason to read private notes (audited)',
  })
  @ApiOkResponse({ type: [SessionResponseDto] })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ) {
    return this.sessions.list(user, id, breakGlass);
  }

  @Put(':sessionId/sensitivity')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a session sensitive (family, health, minors) or not (case team, director)' })
  @ApiNoContentResponse()
  async sensitivity(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @IdParam('sessionId', '调解记录') sessionId: string,
    @Body() dto: SensitivityDto,
  ): Promise<void> {
    await this.sessions.setSensitivity(user, id, sessionId, dto.sensitivity);
  }
}
