import type { MediationBodyType, OrganisationKind } from '../modules/organisations/organisation-kind.js';
import type { Role } from '../modules/auth/role.js';

/** The demo organisation tree (key → parent key), as named in the README. */
export const DEMO_ORGANISATIONS: {
  key: string;
  name: string;
  kind: OrganisationKind;
  parent?: string;
  type?: MediationBodyType;
  courtRoster?: boolean;
  caseNumberPrefix?: string;
  address?: string;
  /** Key of the police station linked to the committee (told of its orange and red risks). */
  policeStation?: string;
}[] = [
  { key: 'bureau', name: '诸暨市司法局', kind: 'county_bureau', address: '浙江省诸暨市' },
  { key: 'sfs', name: '枫桥镇司法所', kind: 'judicial_office', parent: 'bureau', address: '诸暨市枫桥镇' },
  {
    key: 'laoyang',
    name: '老杨调解中心',
    kind: 'centre',
    type: 'stationed_room',
    courtRoster: true,
    parent: 'sfs',
    caseNumberPrefix: '枫老调',
    address: '诸暨市枫桥镇枫桥派出所内',
    policeStation: 'police',
  },
  {
    key: 'fengqiao',
    name: '枫桥镇人民调解委员会',
    kind: 'committee',
    type: 'township',
    parent: 'sfs',
    caseNumberPrefix: '枫调',
  },
  {
    key: 'fengyuan',
    name: '枫源村人民调解委员会',
    kind: 'committee',
    type: 'village',
    parent: 'sfs',
    caseNumberPrefix: '枫源调',
  },
  { key: 'court', name: '诸暨市人民法院', kind: 'court', address: '诸暨市暨阳街道' },
  { key: 'police', name: '枫桥派出所', kind: 'police', address: '诸暨市枫桥镇' },
  { key: 'petition', name: '诸暨市信访局', kind: 'petition_office' },
];

export const DEMO_USERS: { username: string; name: string; role: Role; org: string }[] = [
  { username: 'admin', name: '系统管理员', role: 'admin', org: 'bureau' },
  { username: 'director.yang', name: '杨光照', role: 'director', org: 'laoyang' },
  { username: 'mediator.yang', name: '杨建国', role: 'mediator', org: 'laoyang' },
  { username: 'mediator.zhao', name: '赵丽华', role: 'mediator', org: 'laoyang' },
  { username: 'mediator.zhou', name: '周志明', role: 'mediator', org: 'fengqiao' },
  { username: 'sfs.wang', name: '王海燕', role: 'judicial_officer', org: 'sfs' },
  { username: 'court.li', name: '李敏', role: 'court_liaison', org: 'court' },
  { username: 'police.hu', name: '胡强', role: 'police_liaison', org: 'police' },
  { username: 'security.admin', name: '孙立新', role: 'security_admin', org: 'bureau' },
  { username: 'audit.admin', name: '钱慧敏', role: 'audit_admin', org: 'bureau' },
  { username: 'county.chen', name: '陈志刚', role: 'county_bureau', org: 'bureau' },
  { username: 'clerk.yang', name: '杨小燕', role: 'intake_clerk', org: 'laoyang' },
];

/** The roster: demo accounts that mediate, plus engaged mediators without an account. */
/**
 * The roster. Terms are relative to the day the demo is loaded: the committee elected last January
 * for three years (Art 9), 陈心怡 engaged for the same term.
 */
export const DEMO_MEDIATORS: {
  name: string;
  org: string;
  username?: string;
  kind: 'member' | 'engaged';
  fullTime: boolean;
  courtRosterNo?: string;
}[] = [
  {
    name: '杨光照',
    org: 'laoyang',
    username: 'director.yang',
    kind: 'member',
    fullTime: true,
    courtRosterNo: '诸法特调〔2025〕017号',
  },
  { name: '杨建国', org: 'laoyang', username: 'mediator.yang', kind: 'member', fullTime: true },
  { name: '赵丽华', org: 'laoyang', username: 'mediator.zhao', kind: 'member', fullTime: false },
  { name: '陈心怡', org: 'laoyang', kind: 'engaged', fullTime: false },
  { name: '周志明', org: 'fengqiao', username: 'mediator.zhou', kind: 'member', fullTime: false },
  { name: '何建军', org: 'fengyuan', kind: 'member', fullTime: false },
];
