import { Body, Controller, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../common/id-param.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/auth.decorators.js';
import { CasesService } from './cases.service.js';
import { CaseDetailDto } from './dto/case-response.dto.js';
import { SensitivityDto } from './dto/sensitivity.dto.js';

@ApiTags('cases')
@Controller('cases')
export class CaseSensitivityController {
  constructor(private readonly cases: CasesService) {}

  @Put(':id/sensitivity')
  @ApiOperation({
    summary:
      'Mark a case sensitive (family, health, minors) or not: its texts for the case team only (case team, director)',
  })
  @ApiOkResponse({ type: CaseDetailDto })
  async sensitivity(
    @CurrentUser() user: AuthUser,
    @IdParam('id', '案件') id: string,
    @Body() dto: SensitivityDto,
  ): Promise<CaseDetailDto> {
    await this.cases.setSensitivity(user, id, dto.sensitivity);
    return this.cases.detail(user, id);
  }
}
