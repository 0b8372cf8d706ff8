import { Body, Controller, Get, Headers, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { BREAK_GLASS_HEADER } from '../cases/case-access.service.js';
import { CreateInvestigationDto, InvestigationDto } from './dto/investigation.dto.js';
import { InvestigationsService } from './investigations.service.js';

@ApiTags('investigations')
@Controller('cases/:id/investigations')
export class InvestigationsController {
  constructor(private readonly investigations: InvestigationsService) {}

  @Post()
  @ApiOperation({ summary: '调查记录: an interview of a party, a witness or anyone who knows the facts' })
  @ApiCreatedResponse({ type: InvestigationDto })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') caseId: string,
    @Body() dto: CreateInvestigationDto,
  ): Promise<InvestigationDto> {
    return this.investigations.create(user, caseId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The investigation records of a case; the content under the case’s sensitivity' })
  @ApiHeader({ name: BREAK_GLASS_HEADER, required: false, description: 'Director only (audited)' })
  @ApiOkResponse({ type: [InvestigationDto] })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') caseId: string,
    @Headers(BREAK_GLASS_HEADER) breakGlass?: string,
  ): Promise<InvestigationDto[]> {
    return this.investigations.list(user, caseId, breakGlass);
  }
}
