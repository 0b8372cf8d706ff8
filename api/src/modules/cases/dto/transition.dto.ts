import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CONSENT_METHODS, type ConsentMethod } from '../../../../../libs/contracts/src/consents.js';
import { CHOSEN_BY, type ChosenBy, RISK_LEVELS, type RiskLevel } from '../case.enums.js';

/** Every change of a case carries the version the client saw (optimistic locking). */
export class VersionDto {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt({ message: '请提供版本号 version' })
  @Min(1, { message: '版本号无效' })
  version: number;
}

export class CloseDto extends VersionDto {
  @ApiPropertyOptional({
    example: '已告知申请人可向人民法院起诉',
    description:
      'Required to close a breached case (the agreement not performed): how the parties were told of suit, or of enforcement if confirmed',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: '请写明已告知当事人的救济途径' })
  @MaxLength(2000, { message: '最多 2000 个字' })
  unperformedRoutesInformed?: string;
}

export class ArchiveDto extends VersionDto {
  @ApiPropertyOptional({
    enum: ['permanent', 'long_term', 'short_term'],
    default: 'long_term',
    description: '保管期限',
  })
  @IsOptional()
  @IsIn(['permanent', 'long_term', 'short_term'], { message: '保管期限须为永久、长期或短期' })
  retention?: 'permanent' | 'long_term' | 'short_term';
}

export class ReasonDto extends VersionDto {
  @ApiProperty({ example: '双方已向法院起诉' })
  @IsString()
  @IsNotEmpty({ message: '请填写原因' })
  @MaxLength(2000)
  reason: string;
}

export class AssignDto extends VersionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择主持调解员' })
  presidingMediatorId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Co-mediators' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8, { message: '协助调解员最多 8 人' })
  @IsUUID('all', { each: true, message: '调解员 ID 无效' })
  mediatorIds?: string[];

  @ApiProperty({
    enum: CHOSEN_BY,
    description: 'Assigned by the committee or chosen by the parties (Art 19)',
  })
  @IsIn(CHOSEN_BY, { message: '请说明由委员会指定还是当事人选定' })
  chosenBy: ChosenBy;
}

/** The referring court's consent to extend beyond the cap: who gave it, and on which day. */
export class CourtConsentDto {
  @ApiProperty({ example: '诸暨市人民法院立案庭 李敏' })
  @IsString()
  @Matches(/\S/, { message: '请填写同意延期的法院及承办人' })
  @MaxLength(100)
  by: string;

  @ApiProperty({ format: 'date', example: '2026-12-03' })
  @IsDateString({ strict: true }, { message: '法院同意日期格式应为 YYYY-MM-DD' })
  at: string;
}

export class ExtendDto extends VersionDto {
  @ApiProperty({ minimum: 1, maximum: 90 })
  @Type(() => Number)
  @IsInt({ message: '延长天数须为整数' })
  @Min(1, { message: '至少延长 1 天' })
  @Max(90, { message: '一次最多延长 90 天' })
  days: number;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Every party of the case must consent' })
  @IsArray()
  @ArrayMinSize(1, { message: '请记录同意延期的当事人' })
  @IsUUID('all', { each: true })
  consentPartyIds: string[];

  @ApiPropertyOptional({
    enum: CONSENT_METHODS,
    default: 'oral',
    description: 'How the parties consented (kept in the case’s consent records)',
  })
  @IsOptional()
  @IsIn(CONSENT_METHODS, { message: '请选择同意方式:书面、口头、电话、录音录像或线上' })
  consentMethod?: ConsentMethod;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    type: CourtConsentDto,
    description: 'A court-referred case extended beyond the configured cap needs the court’s consent',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CourtConsentDto)
  courtConsent?: CourtConsentDto;
}

export class TerminateDto extends ReasonDto {
  @ApiProperty({ example: '已告知双方可申请劳动仲裁或向人民法院起诉' })
  @IsString()
  @IsNotEmpty({ message: '请填写已告知当事人的其他解决途径(《人民调解法》第二十六条)' })
  @MaxLength(2000)
  routesInformed: string;
}

export class TransferDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择接收的调解组织' })
  toOrganisationId: string;
}

export const REMEDIATION_GROUNDS = ['confirmation_refused', 'agreement_invalidated'] as const;
export type RemediationGround = (typeof REMEDIATION_GROUNDS)[number];

/** 重新调解 (人民调解法 Art 33 ¶3): after the court refused to confirm the agreement, or voided it. */
export class RemediationDto {
  @ApiProperty({ enum: REMEDIATION_GROUNDS })
  @IsIn(REMEDIATION_GROUNDS, { message: '重新调解的依据无效' })
  ground: RemediationGround;

  @ApiProperty({ example: '双方同意变更原协议的履行期限后重新调解' })
  @IsString()
  @Matches(/\S/, { message: '请说明重新调解的原因' })
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({
    description:
      "The court's judgment or ruling that voided the agreement (required for agreement_invalidated)",
  })
  @ValidateIf((o: RemediationDto) => o.ground === 'agreement_invalidated' || o.ruling !== undefined)
  @IsString()
  @Matches(/\S/, { message: '请填写确认协议无效的人民法院判决书或裁定书文号' })
  @MaxLength(100)
  ruling?: string;
}

export class RemediationResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() caseNumber: string;
}

export class RiskDto {
  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS, { message: '风险等级无效' })
  level: RiskLevel;

  @ApiProperty({ example: '一方扬言报复' })
  @IsString()
  @IsNotEmpty({ message: '请说明风险情况' })
  @MaxLength(2000)
  note: string;

  @ApiPropertyOptional({ example: '枫桥派出所值班民警' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reportedTo?: string;
}

export class RefusalDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择当事人' })
  partyId: string;

  @ApiProperty({ example: '被申请人明确表示不同意调解' })
  @IsString()
  @IsNotEmpty({ message: '请记录拒绝调解的情况' })
  @MaxLength(2000)
  note: string;
}

export class ConflictDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择调解员' })
  mediatorId: string;

  @ApiProperty({
    enum: ['declared', 'recusal'],
    description: 'Declared by the mediator, or a party asked for recusal (回避)',
  })
  @IsIn(['declared', 'recusal'], { message: '类型须为利益冲突申报或申请回避' })
  kind: 'declared' | 'recusal';

  @ApiPropertyOptional({ format: 'uuid', description: 'The party asking for recusal' })
  @IsOptional()
  @IsUUID('all')
  partyId?: string;

  @ApiProperty({ example: '调解员系被申请人的表兄' })
  @IsString()
  @IsNotEmpty({ message: '请说明理由' })
  @MaxLength(2000)
  reason: string;
}
