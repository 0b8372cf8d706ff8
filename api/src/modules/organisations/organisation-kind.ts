/** The kinds and types of organisation: one list shared with the web app (libs/contracts/src/organisations.ts). */
export {
  MEDIATION_BODY_KINDS,
  MEDIATION_BODY_TYPE_LABELS,
  MEDIATION_BODY_TYPES,
  type MediationBodyType,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type OrganisationKind,
  REFERRING_BODY_KINDS,
} from '../../../../libs/contracts/src/organisations.js';
