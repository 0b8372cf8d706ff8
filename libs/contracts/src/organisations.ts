/**
 * Kinds of organisation. Supervisors (`county_bureau`, `judicial_office`) and mediation bodies form
 * one tree; referring bodies stand beside it. One list for the API and the web app.
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

export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, string>> = {
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

/**
 * The types of people's mediation body the MoJ statistics count (docs/domain.md §10.1): by where it
 * is set up. Only committees and centres have one.
 */
export const MEDIATION_BODY_TYPES = [
  'village',
  'residents',
  'township',
  'subdistrict',
  'enterprise',
  'industry',
  'personal_studio',
  'stationed_room',
  'county_centre',
] as const;

export type MediationBodyType = (typeof MEDIATION_BODY_TYPES)[number];

export const MEDIATION_BODY_TYPE_LABELS: Readonly<Record<MediationBodyType, string>> = {
  village: '村民委员会人民调解委员会',
  residents: '居民委员会人民调解委员会',
  township: '乡镇人民调解委员会',
  subdistrict: '街道人民调解委员会',
  enterprise: '企事业单位人民调解委员会',
  industry: '行业性、专业性人民调解委员会',
  personal_studio: '个人调解工作室',
  stationed_room: '派驻调解工作室(驻所、驻庭、驻访)',
  county_centre: '县级矛盾纠纷调处化解中心',
};
