import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { PersonalDataExportDto, PersonalDataExportQueryDto } from './dto/personal-data-export.dto.js';
import { PersonalDataExportService } from './personal-data-export.service.js';

@ApiTags('parties')
@Controller('parties')
export class PersonalDataExportController {
  constructor(private readonly exports: PersonalDataExportService) {}

  @Get(':partyId/personal-data-export')
  @ApiOperation({
    summary:
      '个人信息查阅复制 (PIPL Arts 44–45): everything held about the person, decrypted, across the ' +
      "director's cases with the same ID number; audited",
  })
  @ApiOkResponse({ type: PersonalDataExportDto })
  export(
    @CurrentUser() user: AuthUser,
    @IdParam('partyId', '当事人') partyId: string,
    @Query() query: PersonalDataExportQueryDto,
  ): Promise<PersonalDataExportDto> {
    return this.exports.export(user, partyId, query.purpose);
  }
}
