import { Body, Controller, Get, Headers, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from '../cases/case-access.service.js';
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
}
