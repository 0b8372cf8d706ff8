import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PARTY_LINK_PURPOSES, type PartyLinkPurpose } from '../party-link.entity.js';

export class CreatePartyLinkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '请选择当事人' })
  partyId: string;

  @ApiProperty({ enum: PARTY_LINK_PURPOSES, description: 'read a document, sign the agreement, or evaluate' })
  @IsIn(PARTY_LINK_PURPOSES, { message: '链接用途须为查阅、签署或评价' })
  purpose: PartyLinkPurpose;
}

export class PartyLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PartyTokenDto {
  @ApiProperty({ description: 'The token of the link /p/<token>' })
  @IsString({ message: '链接无效' })
  @Matches(/^[A-Za-z0-9_-]{20,64}$/, { message: '链接无效' })
  token: string;
}

export class PartySessionRequestDto extends PartyTokenDto {
  @ApiProperty({ example: '042917', description: 'The 6-digit code sent by SMS' })
  @Matches(/^\d{6}$/, { message: '请输入短信中的 6 位验证码' })
  code: string;
}

export class PartySessionDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ enum: PARTY_LINK_PURPOSES }) purpose: PartyLinkPurpose;
}

export class PartyEvaluationDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: '请选择 1 到 5 分' })
  @Min(1, { message: '请选择 1 到 5 分' })
  @Max(5, { message: '请选择 1 到 5 分' })
  satisfaction: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '意见最多 500 个字' })
  comment?: string;
}

class PartySelfDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
}

class OtherPartyDto {
  @ApiProperty() name: string;
  @ApiProperty() role: string;
}

class PartySessionSummaryDto {
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty() summary: string;
}

class PartyAgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: [String] }) terms: string[];
}

/** What a party sees of its own case: its own data, the others' names, joint sessions, the agreement. */
export class PartyCaseDto {
  @ApiProperty() caseNumber: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: PARTY_LINK_PURPOSES }) purpose: PartyLinkPurpose;
  @ApiProperty({ type: PartySelfDto }) self: PartySelfDto;
  @ApiProperty({ type: [OtherPartyDto] }) otherParties: OtherPartyDto[];
  @ApiProperty({ type: [PartySessionSummaryDto], description: 'Face-to-face sessions the party attended' })
  jointSessions: PartySessionSummaryDto[];
  @ApiProperty({ type: PartyAgreementDto, nullable: true }) agreement: PartyAgreementDto | null;
}
