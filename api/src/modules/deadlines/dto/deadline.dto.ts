import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { CLOCK_KINDS, type ClockEntity, type ClockKind, type Light, LIGHTS } from '../clock.entity.js';

export class DeadlineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LIGHTS })
  @IsOptional()
  @IsIn(LIGHTS, { message: '状态灯无效' })
  light?: Light;

  @ApiPropertyOptional({ enum: CLOCK_KINDS })
  @IsOptional()
  @IsIn(CLOCK_KINDS, { message: '期限类型无效' })
  kind?: ClockKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}

export class ClockDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: CLOCK_KINDS }) kind: ClockKind;
  @ApiProperty() label: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ enum: LIGHTS }) light: Light;
}

export class DeadlineItemDto extends ClockDto {
  @ApiProperty() caseNumber: string;
  @ApiProperty() caseTitle: string;
}

export class LightCountsDto {
  @ApiProperty() green: number;
  @ApiProperty() yellow: number;
  @ApiProperty() red: number;
  @ApiProperty() paused: number;
}

export class DeadlinePageDto {
  @ApiProperty({ type: [DeadlineItemDto] }) items: DeadlineItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: LightCountsDto, description: 'Open clocks by light, over the whole visible set' })
  counts: LightCountsDto;
}

export class SweepResultDto {
  @ApiProperty({ description: 'False when another instance was sweeping' }) swept: boolean;
  @ApiProperty() changed: number;
  @ApiProperty() notified: number;
}

export class CalendarOverrideDto {
  @ApiProperty({ format: 'date', example: '2027-10-01' })
  @IsDateString({ strict: true }, { message: '日期格式应为 YYYY-MM-DD' })
  day: string;

  @ApiProperty({ description: 'true: a working day (e.g. a make-up Saturday); false: a day off' })
  @IsBoolean({ message: '请说明是否为工作日' })
  working: boolean;

  @ApiProperty({ example: '国庆节' })
  @IsString()
  @IsNotEmpty({ message: '请填写名称' })
  @MaxLength(50)
  name: string;
}

export function toClockDto(clock: ClockEntity): ClockDto {
  return {
    id: clock.id,
    caseId: clock.caseId,
    kind: clock.kind,
    label: clock.label,
    startedAt: clock.startedAt.toISOString(),
    dueAt: clock.dueAt.toISOString(),
    light: clock.light,
  };
}
