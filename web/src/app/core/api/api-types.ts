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
