/**
 * Kinds of organisation. Supervisors (`county_bureau`, `judicial_office`) and
 * mediation bodies form one tree; referring bodies stand beside it.
 */
export const ORGANISATION_KINDS = [
  'county_bureau',
  'judicial_office',
  'committee',
  'centre',
  'court',
  'police',
  'petition_office',
  'hotline',
  'government',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEDIATION_BODY_KINDS: readonly OrganisationKind[] = ['committee', 'centre'];
export const REFERRING_BODY_KINDS: readonly OrganisationKind[] = [
  'court',
  'police',
  'petition_office',
  'hotline',
  'government',
];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  county_bureau: '司法局',
  judicial_office: '司法所',
  committee: '人民调解委员会',
  centre: '调解中心',
  court: '人民法院',
  police: '公安派出所',
  petition_office: '信访部门',
  hotline: '12345 热线',
  government: '政府部门',
};
