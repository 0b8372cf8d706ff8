import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  type CaseSource,
  type CaseStatus,
  DISPUTE_TYPES,
  type DisputeType,
} from '../case.enums.js';

export class CaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: '案件状态无效' })
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: DISPUTE_TYPES })
  @IsOptional()
  @IsIn(DISPUTE_TYPES, { message: '纠纷类型无效' })
  disputeType?: DisputeType;

  @ApiPropertyOptional({ enum: CASE_SOURCES })
  @IsOptional()
  @IsIn(CASE_SOURCES, { message: '案件来源无效' })
  source?: CaseSource;

  @ApiPropertyOptional({
    enum: ['succeeded', 'failed'],
    description:
      'succeeded: an effective agreement; failed: terminated without one (the statistics’ drill-down)',
  })
  @IsOptional()
  @IsIn(['succeeded', 'failed'], { message: '调解结果须为成功或不成功' })
  outcome?: 'succeeded' | 'failed';

  @ApiPropertyOptional({ format: 'uuid', description: 'Limit to this organisation and those below it' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '调解员 ID 无效' })
  mediatorId?: string;

  @ApiPropertyOptional({
    description:
      'Case number, title, facts or party name; Chinese substrings; or an exact ID number or phone',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '搜索词最多 100 个字' })
  q?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Registered on or after' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '开始日期格式应为 YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Registered on or before' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '结束日期格式应为 YYYY-MM-DD' })
  to?: string;
}
