/**
 * 纠纷类型: the dispute types of the Ministry of Justice's statistics (docs/domain.md §4.1), with the
 * one Chinese label the API's documents, its report columns and the web all print.
 */
export const DISPUTE_TYPES = [
  'marriage_family',
  'neighbour',
  'housing_homestead',
  'contract',
  'production_business',
  'damage_compensation',
  'land_forest',
  'land_acquisition',
  'environment',
  'labour',
  'consumer',
  'medical',
  'traffic_accident',
  'property_management',
  'other',
] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];

export const DISPUTE_TYPE_LABELS: Readonly<Record<DisputeType, string>> = {
  marriage_family: '婚姻家庭',
  neighbour: '邻里',
  housing_homestead: '房屋宅基地',
  contract: '合同',
  production_business: '生产经营',
  damage_compensation: '损害赔偿',
  land_forest: '山林土地',
  land_acquisition: '征地拆迁',
  environment: '环境污染',
  labour: '劳动争议',
  consumer: '消费',
  medical: '医疗',
  traffic_accident: '道路交通事故',
  property_management: '物业',
  other: '其他',
};
