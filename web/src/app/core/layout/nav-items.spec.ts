import type { Role } from '../api/api-types';
import { mayCall } from '@tiaojie/contracts';
import { NAV_ITEMS, navItemsFor } from './nav-items';

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
        role === 'police_liaison'
          ? ['工作台', '委派移交', '风险报告', '系统管理']
          : ['工作台', '委派移交', '系统管理'],
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

  it('shows each entry exactly to the roles the permission policy lets call its route', () => {
    const roles: Role[] = [
      'mediator',
      'recorder',
      'director',
      'intake_clerk',
      'judicial_officer',
      'county_bureau',
      'court_liaison',
      'police_liaison',
      'petition_liaison',
      'admin',
    ];
    for (const item of NAV_ITEMS.filter((i) => i.route))
      for (const role of roles)
        expect({ entry: item.label, role, shown: labelsFor(role).includes(item.label) }).toEqual({
          entry: item.label,
          role,
          shown: mayCall(role, item.route!),
        });
  });

  it('keeps the menu order for a mediator', () => {
    expect(labelsFor('mediator')).toEqual([
      '工作台',
      '纠纷案件',
      '登记纠纷',
      '期限看板',
      '委派移交',
      '系统管理',
    ]);
  });

  it('shows only the entries for everyone before the user is known', () => {
    expect(labelsFor(undefined)).toEqual(['工作台', '系统管理']);
  });
});
