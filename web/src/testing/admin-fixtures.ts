import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me, OrganisationNode } from '../app/core/api/api-types';
import type { StaffUser } from '../app/core/api/users-api';
import { AuthService } from '../app/core/auth/auth.service';
import { adminRoutes } from '../app/features/admin/admin.routes';
import { MEDIATOR_YANG } from './fixtures';
import { BlankPage, provideTestApp } from './providers';

/** The security administrator (users and roles, 三员分立). */
export const SECURITY_ADMIN: Me = {
  ...MEDIATOR_YANG,
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d09',
  username: 'security.zhou',
  name: '周敏',
  role: 'security_admin',
  organisationId: 'b0000000-0000-4000-8000-000000000001',
  organisation: { id: 'b0000000-0000-4000-8000-000000000001', name: '诸暨市司法局', kind: 'county_bureau' },
};

/** The system administrator (configuration: keys, calendar). */
export const SYSTEM_ADMIN: Me = {
  ...SECURITY_ADMIN,
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d0a',
  username: 'admin.chen',
  name: '陈立',
  role: 'admin',
};

export const BUREAU_ID = SECURITY_ADMIN.organisationId;
export const OFFICE_ID = 'b0000000-0000-4000-8000-000000000002';
export const CENTRE_ID = MEDIATOR_YANG.organisationId;
export const COURT_ID = 'b0000000-0000-4000-8000-000000000003';
export const COMMITTEE_ID = 'b0000000-0000-4000-8000-000000000004';

/** The director of a township committee (its roster and its own time limits). */
export const DIRECTOR: Me = {
  ...MEDIATOR_YANG,
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d0b',
  username: 'director.zhao',
  name: '赵德明',
  role: 'director',
  organisationId: COMMITTEE_ID,
  organisation: { id: COMMITTEE_ID, name: '枫桥镇人民调解委员会', kind: 'committee' },
};

export function organisationNode(
  id: string,
  name: string,
  kind: OrganisationNode['kind'],
  parentId: string | null,
  children: OrganisationNode[] = [],
): OrganisationNode {
  return {
    id,
    name,
    kind,
    type: null,
    courtRoster: false,
    parentId,
    caseNumberPrefix: null,
    address: null,
    policeStationId: null,
    children,
  };
}

/** The county as an administrator sees it: bureau › office › centre, and the court beside it. */
export const COUNTY_TREE: OrganisationNode[] = [
  organisationNode(BUREAU_ID, '诸暨市司法局', 'county_bureau', null, [
    organisationNode(OFFICE_ID, '枫桥镇司法所', 'judicial_office', BUREAU_ID, [
      organisationNode(CENTRE_ID, '老杨调解中心', 'centre', OFFICE_ID),
    ]),
  ]),
  organisationNode(COURT_ID, '诸暨市人民法院', 'court', null),
];

/** The county with a township committee beside the centre (the mediation bodies an administrator sees). */
export const COUNTY_WITH_COMMITTEE: OrganisationNode[] = [
  organisationNode(BUREAU_ID, '诸暨市司法局', 'county_bureau', null, [
    organisationNode(OFFICE_ID, '枫桥镇司法所', 'judicial_office', BUREAU_ID, [
      organisationNode(COMMITTEE_ID, '枫桥镇人民调解委员会', 'committee', OFFICE_ID),
      organisationNode(CENTRE_ID, '老杨调解中心', 'centre', OFFICE_ID),
    ]),
  ]),
  organisationNode(COURT_ID, '诸暨市人民法院', 'court', null),
];

/** What a director sees of the tree: his own committee. */
export const DIRECTOR_TREE: OrganisationNode[] = [
  organisationNode(COMMITTEE_ID, '枫桥镇人民调解委员会', 'committee', OFFICE_ID),
];

export function staffUser(overrides: Partial<StaffUser> = {}): StaffUser {
  return {
    id: MEDIATOR_YANG.id,
    username: 'mediator.yang',
    name: '杨建国',
    role: 'mediator',
    organisationId: CENTRE_ID,
    organisationName: '老杨调解中心',
    active: true,
    mustChangePassword: false,
    // 00:30 on 1 December in China.
    passwordChangedAt: '2026-11-30T16:30:00.000Z',
    ...overrides,
  };
}

/** Signs `user` in and opens `url` under the real /admin routes (guards, lazy pages). */
export async function openAdmin(
  url: string,
  user: Me,
): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  TestBed.configureTestingModule({
    providers: provideTestApp([
      { path: 'admin', children: adminRoutes },
      { path: '', pathMatch: 'full', component: BlankPage },
    ]),
  });
  const http = TestBed.inject(HttpTestingController);
  TestBed.inject(AuthService).ensureUser().subscribe();
  http.expectOne('/api/me').flush(user);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  harness.fixture.detectChanges();
  return { http, harness };
}

/** Empties ng-zorro's overlays (modals, messages) between tests. */
export function clearOverlays(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
}
