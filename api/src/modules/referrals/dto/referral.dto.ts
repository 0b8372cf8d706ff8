import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { DISPUTE_TYPES, type DisputeType } from '../../cases/case.enums.js';
import { PartyInputDto } from '../../cases/dto/party.dto.js';
import { TimelineEventDto } from '../../cases/dto/case-response.dto.js';
import {
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  type ReferralSource,
  type ReferralStatus,
} from '../referral.entity.js';

export class CreateReferralDto {
  @ApiProperty({ enum: REFERRAL_SOURCES })
  @IsIn(REFERRAL_SOURCES, { message: '移交来源无效' })
  source: ReferralSource;

  @ApiProperty({ example: '(2026)浙0681民诉前调1234号', description: 'The referrer’s own number' })
  @IsString()
  @IsNotEmpty({ message: '请填写来文编号' })
  @MaxLength(100, { message: '来文编号最多 100 个字' })
  externalRef: string;

  @ApiPropertyOptional({ example: '物业费纠纷', description: 'Defaults to the start of the summary' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '纠纷名称最多 100 个字' })
  title?: string;

  @ApiProperty({ description: '案情摘要' })
  @IsString()
  @IsNotEmpty({ message: '请填写案情摘要' })
  @MaxLength(10000, { message: '案情摘要最多 10000 个字' })
  summary: string;

  @ApiProperty({ enum: DISPUTE_TYPES })
  @IsIn(DISPUTE_TYPES, { message: '纠纷类型无效' })
  disputeType: DisputeType;

  @ApiProperty({ type: [PartyInputDto], minItems: 2 })
  @IsArray({ message: '请填写当事人' })
  @ArrayMinSize(2, { message: '至少需要两方当事人' })
  @ArrayMaxSize(50, { message: '当事人最多 50 个' })
  @ValidateNested({ each: true })
  @Type(() => PartyInputDto)
  parties: PartyInputDto[];

  @ApiPropertyOptional({ format: 'date', description: 'The referrer’s deadline (e.g. 30 days for 委派)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: '办理期限格式应为 YYYY-MM-DD' })
  dueDate?: string;

  @ApiProperty({ example: '李敏 0575-87000000', description: 'Whom at the referring body to call' })
  @IsString()
  @IsNotEmpty({ message: '请填写联系人' })
  @MaxLength(200)
  contact: string;
}

export class ReferralQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, { message: '状态无效' })
  status?: ReferralStatus;
}

export class DispatchDto {
  @ApiProperty({ format: 'uuid', description: 'A committee or centre in the office’s area' })
  @IsUUID('all', { message: '请选择调解组织' })
  organisationId: string;
}

export class DeclineDto {
  @ApiProperty({ example: '不属于本调委会辖区' })
  @IsString()
  @IsNotEmpty({ message: '请填写退回理由' })
  @MaxLength(2000)
  reason: string;
}

export class FeedbackDto {
  @ApiProperty({ example: '已受理，正在调解，预计三日内有结果' })
  @IsString()
  @IsNotEmpty({ message: '请填写反馈内容' })
  @MaxLength(2000)
  note: string;
}

export class UndisputedFactsDto {
  @ApiProperty({ example: '双方确认：物业服务合同真实有效；欠缴物业费期间为 2024 年 1 月至 2025 年 12 月。' })
  @IsString()
  @IsNotEmpty({ message: '请填写无争议事实' })
  @MaxLength(10000)
  text: string;
}

export class OrgRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ReferralListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REFERRAL_SOURCES }) source: ReferralSource;
  @ApiProperty() externalRef: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: DISPUTE_TYPES }) disputeType: DisputeType;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status: ReferralStatus;
  @ApiProperty({ type: OrgRefDto }) referringOrganisation: OrgRefDto;
  @ApiProperty({ type: OrgRefDto, nullable: true }) targetOrganisation: OrgRefDto | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dueDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) caseId: string | null;
  @ApiProperty({ nullable: true, type: String }) caseNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) caseStatus: string | null;
  @ApiProperty({ nullable: true, enum: ['agreement', 'terminated'], type: String })
  outcome: 'agreement' | 'terminated' | null;
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralListItemDto] }) items: ReferralListItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ReferralPartyDto {
  @ApiProperty({ enum: ['applicant', 'respondent', 'third_party'] }) role: string;
  @ApiProperty({ enum: ['person', 'organisation'] }) kind: string;
  @ApiProperty() name: string;
}

export class ReferralAgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) effectiveAt: string | null;
}

export class ReferralDetailDto extends ReferralListItemDto {
  @ApiProperty() contact: string;
  @ApiProperty({ type: [ReferralPartyDto] }) parties: ReferralPartyDto[];
  @ApiProperty({ nullable: true, type: String }) declinedReason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) dispatchedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) feedbackDueAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) firstFeedbackAt: string | null;
  @ApiProperty({ nullable: true, type: String }) undisputedFacts: string | null;
  @ApiProperty({ type: ReferralAgreementDto, nullable: true }) agreement: ReferralAgreementDto | null;
  @ApiProperty({ nullable: true, type: String }) terminationReason: string | null;
  @ApiProperty({ nullable: true, type: String }) routesInformed: string | null;
  @ApiProperty({ type: [TimelineEventDto] }) events: TimelineEventDto[];
}
