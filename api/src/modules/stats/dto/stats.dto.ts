import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { EXPORT_PURPOSES, type PrintPurpose, PurposeProperty } from '../../../common/print-purpose.js';
import { CASE_SOURCES, DISPUTE_TYPES } from '../../cases/case.enums.js';

export const PREVENTION_KINDS = ['criminal', 'group_petition', 'group_fight', 'suicide'] as const;
export type PreventionKind = (typeof PREVENTION_KINDS)[number];

export class StatsQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Registered on or after (China time); default the 1st of this month',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '开始日期格式应为 YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Registered on or before; default today' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '结束日期格式应为 YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An organisation in the caller’s scope (and those below it)',
  })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}

export class ReportQueryDto {
  @ApiProperty({ example: '2026-10', description: 'The month, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '统计月份格式应为 YYYY-MM' })
  period: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'], { message: '格式须为 json 或 xlsx' })
  format?: 'json' | 'xlsx';

  /** Why the Excel file is exported (audited); ignored for JSON. */
  @PurposeProperty(EXPORT_PURPOSES)
  purpose?: PrintPurpose;
}

export class PreventionItemDto {
  @ApiProperty({ enum: PREVENTION_KINDS })
  @IsIn(PREVENTION_KINDS, { message: '防止类型无效' })
  kind: PreventionKind;

  @ApiProperty({ minimum: 1, maximum: 100000, description: 'Persons involved' })
  @Type(() => Number)
  @IsInt({ message: '人数须为整数' })
  @Min(1, { message: '人数至少为 1' })
  @Max(100000, { message: '人数过大' })
  persons: number;
}

export class PreventionDto {
  @ApiProperty({ type: [PreventionItemDto], description: 'Empty: nothing prevented' })
  @IsArray({ message: '请填写防止情况' })
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => PreventionItemDto)
  items: PreventionItemDto[];
}

export class CountByTypeDto {
  @ApiProperty({ enum: DISPUTE_TYPES }) disputeType: string;
  @ApiProperty() received: number;
  @ApiProperty() succeeded: number;
}
export class CountBySourceDto {
  @ApiProperty({ enum: CASE_SOURCES }) source: string;
  @ApiProperty() received: number;
  @ApiProperty() succeeded: number;
}
export class CountByKindDto {
  @ApiProperty() kind: string;
  @ApiProperty() received: number;
  @ApiProperty() succeeded: number;
}
export class PreventedDto {
  @ApiProperty({ enum: PREVENTION_KINDS }) kind: PreventionKind;
  @ApiProperty() cases: number;
  @ApiProperty() persons: number;
}

export class OverviewDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Cases registered in the period' }) received: number;
  @ApiProperty() accepted: number;
  @ApiProperty({ description: 'With an effective agreement' }) succeeded: number;
  @ApiProperty({ description: 'Terminated without an agreement' }) failed: number;
  @ApiProperty({ nullable: true, type: Number, description: 'succeeded / (succeeded + failed)' })
  successRate: number | null;
  @ApiProperty({ example: '125000.00', description: 'Yuan to be paid under the effective agreements' })
  agreementAmount: string;
  @ApiProperty({ description: 'Agreements performed in full' }) performed: number;
  @ApiProperty({ description: 'Agreements confirmed by a court' }) judicialConfirmations: number;
  @ApiProperty({ description: 'Cases whose mediation period ran out' }) overdue: number;
  @ApiProperty({ nullable: true, type: Number }) averageDaysToClose: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean return-visit satisfaction, 1–5' })
  satisfaction: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      '满意率: share of satisfaction answers ≥ 4 of 5 given in the period (see satisfactionSource)',
  })
  satisfactionRate: number | null;
  @ApiProperty({
    enum: ['party_evaluations', 'return_visits'],
    description:
      'Whose answers: the parties’ own evaluations when the period has any, else return visits recorded by staff',
  })
  satisfactionSource: 'party_evaluations' | 'return_visits';
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '回复率: referrals whose first feedback was due in the period, answered by then ÷ those due',
  })
  replyRate: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      '办结率: accepted cases registered in the period that reached an outcome (agreement or termination) ÷ accepted',
  })
  closedRate: number | null;
  @ApiProperty({ type: [CountByTypeDto] }) byType: CountByTypeDto[];
  @ApiProperty({ type: [CountBySourceDto] }) bySource: CountBySourceDto[];
  @ApiProperty({ type: [CountByKindDto] }) byOrganisationKind: CountByKindDto[];
  @ApiProperty({ type: [PreventedDto] }) prevented: PreventedDto[];
}

export class TrendMonthDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty() received: number;
  @ApiProperty() succeeded: number;
}
export class TrendDto {
  @ApiProperty({ type: [TrendMonthDto] }) months: TrendMonthDto[];
}

export class TypeCountDto {
  @ApiProperty({ enum: DISPUTE_TYPES }) disputeType: string;
  @ApiProperty() count: number;
}
export class PlaceDto {
  @ApiProperty() place: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: [TypeCountDto] }) topTypes: TypeCountDto[];
}
export class RepeatDto {
  @ApiProperty() name: string;
  @ApiProperty() cases: number;
}
export class RepeatPlaceDto {
  @ApiProperty() place: string;
  @ApiProperty() cases: number;
}
export class MediatorWorkDto {
  @ApiProperty({ format: 'uuid' }) mediatorId: string;
  @ApiProperty() name: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() cases: number;
  @ApiProperty() succeeded: number;
}
export class CommitteeWorkDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty() received: number;
  @ApiProperty() succeeded: number;
}
export class AnalysisDto {
  @ApiProperty({ type: [PlaceDto] }) places: PlaceDto[];
  @ApiProperty({ type: [RepeatDto], description: 'Empty for the county bureau (de-identified)' })
  repeatParties: RepeatDto[];
  @ApiProperty({ type: [RepeatPlaceDto] }) repeatPlaces: RepeatPlaceDto[];
  @ApiProperty({ type: [MediatorWorkDto] }) mediators: MediatorWorkDto[];
  @ApiProperty({ type: [CommitteeWorkDto] }) committees: CommitteeWorkDto[];
}

export class ReportColumnDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: String, description: 'The header group it sits under' }) group:
    string | null;
}
export class ReportRowDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] } })
  values: Record<string, number | string>;
}
export class ReportDto {
  @ApiProperty({ example: '2026-10' }) period: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: [ReportColumnDto] }) columns: ReportColumnDto[];
  @ApiProperty({ type: [ReportRowDto] }) rows: ReportRowDto[];
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] } })
  totals: Record<string, number | string>;
  @ApiProperty({ description: 'The month was locked: this is the report as it stood then' })
  locked: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who locked it' }) lockedBy: string | null;
}

export class LockPeriodParamsDto {
  @ApiProperty({ example: '2026-10', description: 'The month, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '统计月份格式应为 YYYY-MM' })
  period: string;
}

export class LockPeriodDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organisation whose report to lock (default: the caller’s)',
  })
  @IsOptional()
  @IsUUID('all', { message: '组织 ID 无效' })
  organisationId?: string;
}
