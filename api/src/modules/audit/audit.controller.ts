import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditPageDto, AuditQueryDto, AuditVerifyDto, toAuditEventResponse } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit trail of the caller’s organisation, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.list(user, query);
    return { ...page, items: page.items.map(toAuditEventResponse) };
  }

  @Get('verify')
  @ApiOperation({ summary: 'Walk the hash chain of the whole audit trail' })
  @ApiOkResponse({ type: AuditVerifyDto })
  verify(): Promise<AuditVerifyDto> {
    return this.audit.verify();
  }
}
