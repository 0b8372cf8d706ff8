import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsMoney, IsNotFuture } from '../../../common/validators.js';
import { DISPUTE_TYPES, type DisputeType, RISK_LEVELS, type RiskLevel } from '../case.enums.js';
import { PartyInputDto } from './party.dto.js';

/** What every correction carries: the case version it was made on, and why (audited, on the timeline). */
export class CorrectionDto {
  @ApiProperty({ description: 'The case version the correction was made on (409 if it changed since)' })
  @IsInt({ message: 'version 须为整数' })
  @Min(1)
  version: number;

  @ApiProperty({ example: '登记时电话记错,已与当事人核实', maxLength: 500 })
  @IsString({ message: '请填写更正理由' })
  @Matches(/\S/, { message: '请填写更正理由' })
  @MaxLength(500, { message: '更正理由最多 500 个字' })
  reason: string;
}

/** `PATCH /api/cases/:id`: any of the registered facts; `null` clears an optional one. */
export class UpdateCaseDto extends CorrectionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: '请填写纠纷名称' })
  @MaxLength(100, { message: '纠纷名称最多 100 个字' })
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: '请填写纠纷简要情况' })
  @MaxLength(10000, { message: '纠纷简要情况最多 10000 个字' })
  facts?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: '请填写申请事项' })
  @MaxLength(5000, { message: '申请事项最多 5000 个字' })
  requests?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '12000.00' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsMoney()
  amountInDispute?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsDateString({ strict: true }, { message: '发生时间格式不正确' })
  @IsNotFuture({ message: '发生时间不能晚于现在' })
  occurredAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ enum: DISPUTE_TYPES })
  @IsOptional()
  @IsIn(DISPUTE_TYPES, { message: '纠纷类型无效' })
  disputeType?: DisputeType;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(50)
  disputeSubtype?: string | null;

  @ApiPropertyOptional({
    enum: RISK_LEVELS,
    description:
      'Only its current value: a change goes through POST /api/cases/:id/risk (422 RISK_BY_REPORT)',
  })
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: '风险等级无效' })
  riskLevel?: RiskLevel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: '是否公开调解须为 true 或 false' })
  isPublic?: boolean;
}

/** `POST /api/cases/:id/parties`: a party reached or named later (field story 4). */
export class AddPartyDto extends IntersectionType(CorrectionDto, PartyInputDto) {}

/** `PATCH /api/cases/:id/parties/:partyId`: the fields to correct or complete. */
export class UpdatePartyDto extends IntersectionType(CorrectionDto, PartialType(PartyInputDto)) {}
