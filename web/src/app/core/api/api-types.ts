import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** The signed-in user as `/api/me` and the login call return it. */
export type Me = Schemas['MeResponseDto'];
export type Role = Me['role'];
export type LoginRequest = Schemas['LoginDto'];
export type LoginResponse = Schemas['LoginResponseDto'];

/** Organisations and the mediator roster. */
export type OrganisationNode = Schemas['OrganisationTreeDto'];
export type OrganisationKind = OrganisationNode['kind'];
export type Mediator = Schemas['MediatorDto'];
export type MediatorList = Schemas['MediatorListDto'];

/** Cases (纠纷案件). */
export type CaseListItem = Schemas['CaseListItemDto'];
export type CasePage = Schemas['CasePageDto'];
export type CaseDetail = Schemas['CaseDetailDto'];
export type CaseStatus = CaseDetail['status'];
export type CaseSource = CaseDetail['source'];
export type DisputeType = CaseDetail['disputeType'];
export type RiskLevel = CaseDetail['riskLevel'];
export type CaseAction = CaseDetail['allowedActions'][number];
export type CaseQuery = NonNullable<operations['CasesController_list']['parameters']['query']>;
export type CreateCaseRequest = Schemas['CreateCaseDto'];
export type UpdatePartyRequest = Schemas['UpdatePartyDto'];
export type PartyInput = Schemas['PartyInputDto'];
export type PartyRole = PartyInput['role'];
export type PartyKind = PartyInput['kind'];
export type IdType = PartyInput['idType'];
export type Party = Schemas['PartyResponseDto'];
export type PartySummary = Schemas['PartySummaryDto'];
export type CaseMediator = Schemas['CaseMediatorDto'];
export type TimelineEvent = Schemas['TimelineEventDto'];

/** Bodies of the case actions. */
export type ReasonRequest = Schemas['ReasonDto'];
export type AssignRequest = Schemas['AssignDto'];
export type ChosenBy = AssignRequest['chosenBy'];
export type ExtendRequest = Schemas['ExtendDto'];
export type TerminateRequest = Schemas['TerminateDto'];
export type TransferRequest = Schemas['TransferDto'];
export type RiskRequest = Schemas['RiskDto'];
export type RefusalRequest = Schemas['RefusalDto'];
export type ConflictRequest = Schemas['ConflictDto'];

/** Mediation sessions (调解会话). */
export type Session = Schemas['SessionResponseDto'];
export type Evidence = Schemas['EvidenceResponseDto'];
/** The text fields sent with an evidence file (multipart: the API documents them with the form). */
export type EvidenceInput = Pick<Evidence, 'description' | 'source' | 'sensitivity'> & {
  obtainedOn?: string;
};
export type SessionMode = Session['mode'];
export type CreateSessionRequest = Schemas['CreateSessionDto'];
export type Participant = Schemas['ParticipantDto'];

/** Every error the API sends has this body (docs/api.md, "Errors"). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown[];
}

/** One entry of `details` that names a field, e.g. `parties.1.idNumber`. */
export interface FieldError {
  field: string;
  code?: string;
  message: string;
}

/** Mediation agreements (调解协议) and their signatures. */
export type Agreement = Schemas['AgreementResponseDto'];
export type AgreementStatus = Agreement['status'];
export type AgreementForm = Agreement['form'];
export type AgreementCheck = Schemas['AgreementCheckDto'];
export type AgreementSignature = Schemas['AgreementSignatureDto'];
export type Term = Schemas['TermDto'];
export type TermKind = Term['kind'];
export type CreateAgreementRequest = Schemas['CreateAgreementDto'];
export type UpdateAgreementRequest = Schemas['UpdateAgreementDto'];
export type SignatureRequest = Schemas['SignatureDto'];
export type SignatureKind = SignatureRequest['kind'];

/** The public verification of an issued agreement (by QR code or by upload). */
export type VerifyResult = Schemas['VerifyResultDto'];

/** Deadline clocks (期限) and the deadlines board. */
export type Clock = Schemas['ClockDto'];
export type ClockKind = Clock['kind'];
export type Light = Clock['light'];
/** The lights of open clocks (a done clock is off the board). */
export type OpenLight = Exclude<Light, 'done'>;
export type DeadlineItem = Schemas['DeadlineItemDto'];
export type DeadlinePage = Schemas['DeadlinePageDto'];
export interface DeadlineQuery {
  light?: Light;
  kind?: ClockKind;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

/** The in-app inbox (通知). */
export type AppNotification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];

/** After the agreement: performance, urging, return visits, judicial confirmation (履行与回访). */
export type PerformanceRequest = Schemas['PerformanceDto'];
export type PerformanceResult = Schemas['PerformanceResultDto'];
export type ReturnVisitRequest = Schemas['ReturnVisitDto'];
export type VisitPerformance = ReturnVisitRequest['performance'];
export type ResidualRisk = NonNullable<ReturnVisitRequest['residualRisk']>;
export type JudicialConfirmationRequest = Schemas['JudicialConfirmationDto'];
export type JudicialConfirmation = Schemas['JudicialConfirmationResponseDto'];
export type JudicialConfirmationUpdate = Schemas['JudicialConfirmationUpdateDto'];
export type ConfirmationStatus = JudicialConfirmation['status'];
export type UrgingRequest = Schemas['UrgingDto'];
export type UrgingMethod = UrgingRequest['method'];

/** `followUp` of the case detail (what happened after the agreement, and the bound volume). */
export type FollowUp = Schemas['FollowUpDto'];
export type PerformanceRecord = Schemas['PerformanceRecordResponseDto'];
export type Urging = Schemas['UrgingResponseDto'];
export type ReturnVisit = Schemas['ReturnVisitResponseDto'];
export type CaseJudicialConfirmation = Schemas['CaseJudicialConfirmationDto'];
export type VolumeSummary = Schemas['VolumeSummaryDto'];
