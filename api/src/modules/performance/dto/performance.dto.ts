import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { type PrintPurpose, PurposeProperty } from '../../../common/print-purpose.js';
import { IsMoney, IsNotFuture } from '../../../common/validators.js';
import {
  CONFIRMATION_STATUSES,
  type ConfirmationStatus,
  URGING_METHODS,
  type UrgingMethod,
} from '../performance.entities.js';

export class PerformanceDto {
  @ApiProperty({ description: '0-based index of the term' })
  @Type(() => Number)
  @IsInt({ message: '请选择条款' })
  @Min(0, { message: '条款序号无效' })
  termIndex: number;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: '履行时间格式不正确' })
  @IsNotFuture({ message: '履行时间不能晚于现在' })
  performedAt: string;

  @ApiPropertyOptional({ example: '3000.00' })
  @IsOptional()
  @IsMoney()
  amount?: string;

  @ApiPropertyOptional({ example: '收条一张,已存档' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  proof?: string;
}

export class ReturnVisitDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: '回访时间格式不正确' })
  @IsNotFuture({ message: '回访时间不能晚于现在' })
  visitedAt: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择回访的当事人' })
  partyId: string;

  @ApiProperty({ enum: ['performed', 'partly', 'not_performed'] })
  @IsIn(['performed', 'partly', 'not_performed'], { message: '履行情况须为已履行、部分履行或未履行' })
  performance: 'performed' | 'partly' | 'not_performed';

  @ApiProperty({ minimum: 1, maximum: 5 })
  @Type(() => Number)
  @IsInt({ message: '满意度须为 1 到 5 的整数' })
  @Min(1, { message: '满意度须为 1 到 5 的整数' })
  @Max(5, { message: '满意度须为 1 到 5 的整数' })
  satisfaction: number;

  @ApiPropertyOptional({ enum: ['none', 'low', 'high'], default: 'none' })
  @IsOptional()
  @IsIn(['none', 'low', 'high'], { message: '遗留风险须为无、低或高' })
  residualRisk?: 'none' | 'low' | 'high';

  @ApiProperty({ example: '当事人表示赔偿款已收到,对调解结果满意' })
  @IsString()
  @IsNotEmpty({ message: '请填写回访情况' })
  @MaxLength(5000)
  note: string;
}

export class JudicialConfirmationDto {
  @ApiProperty({ example: '诸暨市人民法院' })
  @IsString()
  @IsNotEmpty({ message: '请填写受理法院' })
  @MaxLength(100)
  court: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true }, { message: '申请日期格式应为 YYYY-MM-DD' })
  @IsNotFuture({ message: '申请日期不能晚于今天' })
  appliedAt: string;
}

export class ConfirmationPackQueryDto {
  @ApiPropertyOptional({
    example: '诸暨市人民法院',
    description: 'Printed as addressee; blank to fill in by hand',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '法院名称最多 100 个字' })
  court?: string;

  @PurposeProperty()
  purpose?: PrintPurpose;
}

export class JudicialConfirmationUpdateDto {
  @ApiProperty({ enum: CONFIRMATION_STATUSES })
  @IsIn(CONFIRMATION_STATUSES, { message: '状态无效' })
  status: ConfirmationStatus;

  @ApiPropertyOptional({ example: '(2026)浙0681民特123号' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  rulingNumber?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '裁定日期格式应为 YYYY-MM-DD' })
  @IsNotFuture({ message: '裁定日期不能晚于今天' })
  rulingDate?: string;
}

export class UrgingDto {
  @ApiPropertyOptional({ description: '0-based index of the term urged; omitted for the whole agreement' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '条款序号无效' })
  @Min(0, { message: '条款序号无效' })
  termIndex?: number;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: '督促时间格式不正确' })
  @IsNotFuture({ message: '督促时间不能晚于现在' })
  urgedAt: string;

  @ApiProperty({ enum: URGING_METHODS })
  @IsIn(URGING_METHODS, { message: '督促方式须为电话、上门、书面或短信' })
  method: UrgingMethod;

  @ApiProperty({ example: '电话提醒被申请人于本月底前支付剩余款项，其表示同意' })
  @IsString()
  @IsNotEmpty({ message: '请填写督促情况' })
  @MaxLength(5000)
  note: string;
}

export class PerformanceResultDto {
  @ApiProperty({ description: 'Case status after the record' }) caseStatus: string;
  @ApiProperty({ description: 'Terms still to perform (0-based)', type: [Number] }) outstanding: number[];
}

export class JudicialConfirmationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() court: string;
  @ApiProperty({ format: 'date' }) appliedAt: string;
  @ApiProperty({ enum: CONFIRMATION_STATUSES }) status: ConfirmationStatus;
  @ApiProperty({ nullable: true, type: String }) rulingNumber: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) rulingDate: string | null;
}

export class PerformanceRecordResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty() termIndex: number;
  @ApiProperty({ format: 'date-time' }) performedAt: string;
  @ApiProperty({ nullable: true, type: String, example: '3000.00' }) amount: string | null;
  @ApiProperty({ nullable: true, type: String }) proof: string | null;
}

export class UrgingResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty({ nullable: true, type: Number }) termIndex: number | null;
  @ApiProperty({ format: 'date-time' }) urgedAt: string;
  @ApiProperty({ enum: URGING_METHODS }) method: UrgingMethod;
  @ApiProperty() note: string;
}

export class ReturnVisitResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) visitedAt: string;
  @ApiProperty({ format: 'uuid' }) partyId: string;
  @ApiProperty() partyName: string;
  @ApiProperty({ enum: ['performed', 'partly', 'not_performed'] })
  performance: 'performed' | 'partly' | 'not_performed';
  @ApiProperty({ minimum: 1, maximum: 5 }) satisfaction: number;
  @ApiProperty({ enum: ['none', 'low', 'high'] }) residualRisk: 'none' | 'low' | 'high';
  @ApiProperty() note: string;
}

export class CaseJudicialConfirmationDto extends JudicialConfirmationResponseDto {
  @ApiProperty({ format: 'uuid' }) agreementId: string;
}

export class VolumeSummaryDto {
  @ApiProperty({ example: '(2026)枫老调字第0012号' }) volumeNumber: string;
  @ApiProperty() pages: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** What happened after the agreement: performance, urging, return visits, confirmation, the volume. */
export class FollowUpDto {
  @ApiProperty({ type: [PerformanceRecordResponseDto] }) performances: PerformanceRecordResponseDto[];
  @ApiProperty({ type: [UrgingResponseDto] }) urgings: UrgingResponseDto[];
  @ApiProperty({ type: [ReturnVisitResponseDto] }) returnVisits: ReturnVisitResponseDto[];
  @ApiProperty({ type: [CaseJudicialConfirmationDto] })
  judicialConfirmations: CaseJudicialConfirmationDto[];
  @ApiProperty({ type: VolumeSummaryDto, nullable: true }) volume: VolumeSummaryDto | null;
}
