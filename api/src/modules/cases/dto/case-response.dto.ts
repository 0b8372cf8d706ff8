import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsentResponseDto } from './consent.dto.js';
import { AGENT_SCOPES, type AgentScope } from '../../../../../libs/contracts/src/representation.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  type CaseSource,
  type CaseStatus,
  CHOSEN_BY,
  type ChosenBy,
  DISPUTE_TYPES,
  type DisputeType,
  ID_TYPES,
  type IdType,
  PARTY_KINDS,
  PARTY_ROLES,
  type PartyKind,
  type PartyRole,
  RISK_LEVELS,
  type RiskLevel,
} from '../case.enums.js';
import { CASE_ACTIONS, type CaseAction } from '../case-status.js';
import { SENSITIVITY_REASONS, type SensitivityReason } from '../case-sensitivity.js';
import { ClockDto } from '../../deadlines/dto/deadline.dto.js';
import { FollowUpDto } from '../../performance/dto/performance.dto.js';
import { SessionResponseDto } from '../../sessions/dto/session.dto.js';

export class PartySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PARTY_ROLES }) role: PartyRole;
  @ApiProperty({ enum: PARTY_KINDS }) kind: PartyKind;
  @ApiProperty() name: string;
}

export class AgentResponseDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'Masked unless the caller is on the case team' }) phone?: string;
  @ApiPropertyOptional() authority?: string;
  @ApiPropertyOptional({ enum: AGENT_SCOPES }) scope?: AgentScope;
  @ApiPropertyOptional({ format: 'date' }) validUntil?: string;
}

export class GuardianResponseDto {
  @ApiProperty() name: string;
  @ApiProperty() relation: string;
  @ApiPropertyOptional({ description: 'Masked unless the caller is on the case team' }) phone?: string;
}

export class PartyResponseDto extends PartySummaryDto {
  @ApiPropertyOptional({ enum: ['male', 'female'] }) sex?: 'male' | 'female';
  @ApiPropertyOptional() ethnicity?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Only for the case team (with the full ID number)' })
  birthDate?: string;
  @ApiPropertyOptional({ description: 'Year of birth: what readers of masked personal data see instead' })
  birthYear?: number;
  @ApiPropertyOptional({ enum: ID_TYPES }) idType?: IdType;
  @ApiPropertyOptional({ description: 'Masked (33***************4) unless the caller is on the case team' })
  idNumber?: string;
  @ApiPropertyOptional({ description: 'Masked (138******01) unless the caller is on the case team' })
  phone?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() occupation?: string;
  @ApiPropertyOptional() legalRepresentative?: string;
  @ApiPropertyOptional() creditCode?: string;
  @ApiPropertyOptional({ type: AgentResponseDto }) agent?: AgentResponseDto;
  @ApiPropertyOptional({ type: GuardianResponseDto }) guardian?: GuardianResponseDto;
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the party clearly refused mediation (Art 17)',
  })
  refusedAt?: string;
}

export class CaseMediatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['presiding', 'co'] }) role: 'presiding' | 'co';
}

export class TimelineEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() kind: string;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
}

export class ConflictResponseDto {
  @ApiProperty({ format: 'uuid' }) mediatorId: string;
  @ApiProperty({ enum: ['declared', 'recusal'] }) kind: 'declared' | 'recusal';
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Another case of the same committee this one is linked to. */
export class CaseLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() caseNumber: string;
}

export class AgreementSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() agreementNumber: string;
  @ApiProperty({ enum: ['written', 'oral'] }) form: 'written' | 'oral';
  @ApiProperty({ enum: ['draft', 'signing', 'effective', 'superseded'] }) status:
    'draft' | 'signing' | 'effective' | 'superseded';
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) effectiveAt: string | null;
  @ApiProperty({
    description: 'It leaves matters unresolved, terminated with the routes told (终止调解告知书)',
  })
  leavesMattersUnresolved: boolean;
}

export class CaseListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '(2026)枫老调字第0012号' }) caseNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty({ enum: CASE_SOURCES }) source: CaseSource;
  @ApiProperty({ enum: DISPUTE_TYPES }) disputeType: DisputeType;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: [PartySummaryDto] }) parties: PartySummaryDto[];
  @ApiProperty({ nullable: true, type: String }) presidingMediatorName: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
  @ApiProperty() version: number;
}

export class CasePageDto {
  @ApiProperty({ type: [CaseListItemDto] }) items: CaseListItemDto[];
  @ApiProperty({ description: 'Matching cases, counted up to 10,000' }) total: number;
  @ApiProperty({ description: 'More cases match than `total` says (the count stopped at its cap)' })
  totalCapped: boolean;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class CaseDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty({
    example: '3F9A21C07B4E',
    description: '一案一码: the code the parties follow the case by (GET /api/public/track/:code)',
  })
  trackCode: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: CASE_SOURCES }) source: CaseSource;
  @ApiProperty({ enum: DISPUTE_TYPES }) disputeType: DisputeType;
  @ApiProperty({ nullable: true, type: String }) disputeSubtype: string | null;
  @ApiProperty() title: string;
  @ApiProperty() facts: string;
  @ApiProperty() requests: string;
  @ApiProperty({ nullable: true, type: String, example: '12000.00' }) amountInDispute: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) occurredAt: string | null;
  @ApiProperty({ nullable: true, type: String }) location: string | null;
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: RiskLevel;
  @ApiProperty() isPublic: boolean;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) referralId: string | null;
  @ApiProperty({ nullable: true, type: String, description: '无争议事实 (when mediation failed)' })
  undisputedFacts: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { criminal: 2 },
    description: 'Prevented indicators (criminal, group_petition, group_fight, suicide) → persons',
  })
  prevention: Partial<Record<'criminal' | 'group_petition' | 'group_fight' | 'suicide', number>> | null;
  @ApiProperty({ nullable: true, enum: CHOSEN_BY, type: String }) chosenBy: ChosenBy | null;
  @ApiProperty({ nullable: true, type: String }) statusReason: string | null;
  @ApiProperty({ nullable: true, type: String }) routesInformed: string | null;
  @ApiProperty({
    nullable: true,
    type: () => CaseLinkDto,
    description: 'The case this one mediates again (重新调解)',
  })
  remediationOf: CaseLinkDto | null;
  @ApiProperty({
    nullable: true,
    type: () => CaseLinkDto,
    description: 'The case that mediates this one again',
  })
  remediation: CaseLinkDto | null;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
  @ApiProperty({ type: [PartyResponseDto] }) parties: PartyResponseDto[];
  @ApiProperty({ type: [CaseMediatorDto] }) mediators: CaseMediatorDto[];
  @ApiProperty({ type: [SessionResponseDto] }) sessions: SessionResponseDto[];
  @ApiProperty({ type: [AgreementSummaryDto], description: 'Agreements of the case, oldest first' })
  agreements: AgreementSummaryDto[];
  @ApiProperty({ type: [ClockDto], description: 'Deadline clocks, soonest first' })
  deadlines: ClockDto[];
  @ApiProperty({ type: FollowUpDto }) followUp: FollowUpDto;
  @ApiProperty({ type: [TimelineEventDto] }) timeline: TimelineEventDto[];
  @ApiProperty({ type: [ConflictResponseDto] }) conflicts: ConflictResponseDto[];
  @ApiProperty({
    type: [ConsentResponseDto],
    description:
      'What each party was told (rights notice) and agreed to, oldest first; the latest of a party and kind holds',
  })
  consents: ConsentResponseDto[];
  @ApiProperty({ enum: CASE_ACTIONS, isArray: true, description: 'Transitions the caller may perform now' })
  allowedActions: CaseAction[];
  @ApiProperty({ description: 'Whether personal data in this answer is unmasked (case team only)' })
  personalDataVisible: boolean;
  @ApiProperty({
    enum: SENSITIVITY_REASONS,
    nullable: true,
    type: String,
    description: 'Why the case is sensitive',
  })
  sensitivity: SensitivityReason | null;
  @ApiProperty({
    description:
      'Whether the texts of a sensitive case or session are shown (the case team, or the director with break-glass); ' +
      'otherwise they read 〔敏感案件,内容仅限办案人员查阅〕',
  })
  sensitiveContentVisible: boolean;
  @ApiProperty({
    description:
      'The county bureau’s de-identified drill-down: masked names, no addresses, birth data, contacts or free texts',
  })
  deidentified: boolean;
}
