import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsMoney, IsNotFuture } from '../../../common/validators.js';
import {
  CASE_SOURCES,
  type CaseSource,
  DISPUTE_TYPES,
  type DisputeType,
  RISK_LEVELS,
  type RiskLevel,
} from '../case.enums.js';
import { SENSITIVITY_REASONS, type SensitivityReason } from '../case-sensitivity.js';
import { PartyInputDto } from './party.dto.js';

export class CreateCaseDto {
  @ApiProperty({ format: 'uuid', description: 'The committee or centre that registers the dispute' })
  @IsUUID('all', { message: '请选择调解组织' })
  organisationId: string;

  @ApiProperty({ enum: CASE_SOURCES })
  @IsIn(CASE_SOURCES, { message: '案件来源无效' })
  source: CaseSource;

  @ApiProperty({ enum: DISPUTE_TYPES })
  @IsIn(DISPUTE_TYPES, { message: '纠纷类型无效' })
  disputeType: DisputeType;

  @ApiPropertyOptional({ example: '漏水' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  disputeSubtype?: string;

  @ApiProperty({ example: '楼上住户漏水纠纷' })
  @IsString()
  @IsNotEmpty({ message: '请填写纠纷名称' })
  @MaxLength(100, { message: '纠纷名称最多 100 个字' })
  title: string;

  @ApiProperty({ description: '纠纷简要情况' })
  @IsString()
  @IsNotEmpty({ message: '请填写纠纷简要情况' })
  @MaxLength(10000, { message: '纠纷简要情况最多 10000 个字' })
  facts: string;

  @ApiProperty({ description: '申请事项' })
  @IsString()
  @IsNotEmpty({ message: '请填写申请事项' })
  @MaxLength(5000, { message: '申请事项最多 5000 个字' })
  requests: string;

  @ApiPropertyOptional({ example: '12000.00', description: 'Decimal string in yuan' })
  @IsOptional()
  @IsMoney()
  amountInDispute?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '发生时间格式不正确' })
  @IsNotFuture({ message: '发生时间不能晚于现在' })
  occurredAt?: string;

  @ApiPropertyOptional({ example: '枫桥镇某小区 3 幢' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: RISK_LEVELS, default: 'none' })
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: '风险等级无效' })
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: '是否公开调解须为 true 或 false' })
  isPublic?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  referralId?: string;

  @ApiPropertyOptional({
    enum: SENSITIVITY_REASONS,
    nullable: true,
    description:
      'Sensitive case (family, health, minors): facts, requests, summaries and the timeline for the case team only. ' +
      'Omitted: family disputes are family, medical ones health; null: not sensitive',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(SENSITIVITY_REASONS, { message: '敏感类别须为婚姻家庭、健康医疗或未成年人' })
  sensitivity?: SensitivityReason | null;

  @ApiProperty({ type: [PartyInputDto], minItems: 2 })
  @IsArray({ message: '请填写当事人' })
  @ArrayMinSize(2, { message: '至少需要两方当事人' })
  @ArrayMaxSize(50, { message: '当事人最多 50 个' })
  @ValidateNested({ each: true })
  @Type(() => PartyInputDto)
  parties: PartyInputDto[];
}
