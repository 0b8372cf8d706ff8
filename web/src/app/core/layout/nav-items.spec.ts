import type { Role } from '../api/api-types';
import { ROLES, mayCall } from '@tiaojie/contracts';
import { ADMIN_ROUTES, NAV_ITEMS, mayCallAny, navItemsFor } from './nav-items';

const labelsFor = (role: Role | undefined) => navItemsFor(role).map((item) => item.label);
const CASE_ENTRIES = ['纠纷案件', '登记纠纷', '期限看板'];

describe('navItemsFor (side menu per role)', () => {
  it.each<Role>(['court_liaison', 'police_liaison', 'petition_liaison'])(
    'hides the case entries from %s, who cannot open cases, and keeps 委派移交',
    (role) => {
      const labels = labelsFor(role);
      for (const entry of CASE_ENTRIES) expect(labels).not.toContain(entry);
      // The police station receives the committees' risk reports (Art 25) and acknowledges them.
      expect(labels).toEqual(
        role === 'police_liaison' ? ['工作台', '委派移交', '风险报告'] : ['工作台', '委派移交'],
      );
    },
  );

  it.each<Role>(['mediator', 'director', 'intake_clerk'])('shows the case entries to %s', (role) => {
    expect(labelsFor(role)).toEqual(expect.arrayContaining(CASE_ENTRIES));
  });

  it.each<Role>(['recorder', 'judicial_officer', 'county_bureau'])(
    'shows the cases to %s but not 登记纠纷, which the API refuses them (403)',
    (role) => {
      const labels = labelsFor(role);
      expect(labels).toEqual(expect.arrayContaining(['纠纷案件', '期限看板']));
      expect(labels).not.toContain('登记纠纷');
    },
  );

  it('shows the administrator no case, referral or statistics entry (三员分立: no case content)', () => {
    expect(labelsFor('admin')).toEqual(['工作台', '系统管理']);
  });

  it('shows 系统管理 to the security administrator (users), the administrator (configuration) and a director (his committee’s roster, time limits, seal and templates) only', () => {
    expect(labelsFor('security_admin')).toEqual(['工作台', '系统管理']);
    expect(labelsFor('director')).toContain('系统管理');
    expect(ADMIN_ROUTES).toContain('GET /api/organisations/:id/templates');
    expect(mayCallAny('director', ['GET /api/organisations/:id/templates'])).toBe(true);
    expect(mayCallAny('admin', ['GET /api/organisations/:id/templates'])).toBe(true);
    expect(mayCallAny('security_admin', ['GET /api/organisations/:id/templates'])).toBe(false);
    const admins = ROLES.filter((role) => labelsFor(role).includes('系统管理'));
    expect(admins.sort()).toEqual(['admin', 'director', 'security_admin']);
    expect(NAV_ITEMS.find((item) => item.label === '系统管理')).toMatchObject({
      link: '/admin',
      routes: ADMIN_ROUTES,
    });
  });

  it('shows each entry exactly to the roles the permission policy lets call one of its routes', () => {
    for (const item of NAV_ITEMS.filter((i) => i.routes))
      for (const role of ROLES)
        expect({ entry: item.label, role, shown: labelsFor(role).includes(item.label) }).toEqual({
          entry: item.label,
          role,
          shown: item.routes!.some((route) => mayCall(role, route)),
        });
  });

  it('names only routes the permission policy knows (a typo would hide the entry from everyone)', () => {
    for (const item of NAV_ITEMS)
      for (const route of item.routes ?? [])
        expect({ route, known: ROLES.some((role) => mayCall(role, route)) }).toEqual({ route, known: true });
  });

  it('treats several routes as any-of, and no routes as everyone', () => {
    expect(mayCallAny('admin', ['GET /api/users', 'GET /api/api-keys'])).toBe(true);
    expect(mayCallAny('security_admin', ['GET /api/users', 'GET /api/api-keys'])).toBe(true);
    expect(mayCallAny('mediator', ['GET /api/users', 'GET /api/api-keys'])).toBe(false);
    expect(mayCallAny('mediator', undefined)).toBe(true);
    expect(mayCallAny(undefined, ['GET /api/cases'])).toBe(false);
  });

  it('keeps the menu order for a mediator', () => {
    expect(labelsFor('mediator')).toEqual(['工作台', '纠纷案件', '登记纠纷', '期限看板', '委派移交']);
  });

  it('shows only the entries for everyone before the user is known', () => {
    expect(labelsFor(undefined)).toEqual(['工作台']);
  });
});
