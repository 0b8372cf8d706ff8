import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { LIGHTS, type Light } from '../../deadlines/clock.entity.js';
import { LightCountsDto } from '../../deadlines/dto/deadline.dto.js';
import { REVIEW_CODES, type ReviewCode } from '../review-checklist.js';

export class OversightQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A committee (or office) in the caller’s area' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}

export class OversightCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LIGHTS })
  @IsOptional()
  @IsIn(LIGHTS, { message: '状态灯无效' })
  light?: Light;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}

export class SuperviseDto {
  @ApiProperty({ example: '该案已超期，请于三日内报告进展' })
  @IsString()
  @IsNotEmpty({ message: '请填写督办意见' })
  @MaxLength(2000)
  note: string;
}

export class ReviewItemDto {
  @ApiProperty({ enum: REVIEW_CODES })
  @IsIn(REVIEW_CODES, { message: '评查项目无效' })
  code: ReviewCode;

  @ApiProperty()
  @IsBoolean({ message: '请说明该项是否合格' })
  passed: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class FileReviewDto {
  @ApiProperty({ type: [ReviewItemDto] })
  @IsArray({ message: '请逐项评查' })
  @ArrayMinSize(1, { message: '请逐项评查' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReviewItemDto)
  items: ReviewItemDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class ChecklistItemDto {
  @ApiProperty({ enum: REVIEW_CODES }) code: string;
  @ApiProperty() label: string;
  @ApiProperty() points: number;
}

export class OverdueItemDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty() title: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() label: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
}

export class CommitteeLoadDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Cases still open' }) open: number;
  @ApiProperty() red: number;
  @ApiProperty() yellow: number;
}

export class MediatorLoadDto {
  @ApiProperty({ format: 'uuid' }) mediatorId: string;
  @ApiProperty() name: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() open: number;
}

export class OversightSummaryDto {
  @ApiProperty({ type: LightCountsDto, description: 'Open clocks by light' }) lights: LightCountsDto;
  @ApiProperty() openReferrals: number;
  @ApiProperty({ description: 'Received or declined, waiting to be dispatched' }) unassignedReferrals: number;
  @ApiProperty({ description: '风险报告 (Art 25) of the cases in scope not yet acknowledged' })
  openEscalations: number;
  @ApiProperty({ description: 'Of those, the ones past their time to be acknowledged' })
  lateEscalations: number;
  @ApiProperty({ type: [OverdueItemDto] }) overdue: OverdueItemDto[];
  @ApiProperty({ type: [CommitteeLoadDto] }) committees: CommitteeLoadDto[];
  @ApiProperty({ type: [MediatorLoadDto] }) mediators: MediatorLoadDto[];
}

export class OversightCaseDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty() title: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() status: string;
  @ApiProperty({ enum: LIGHTS }) light: Light;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() label: string;
}

export class OversightCasePageDto {
  @ApiProperty({ type: [OversightCaseDto] }) items: OversightCaseDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class FileReviewResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
}
