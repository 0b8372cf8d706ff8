import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ROLES, mayCall } from '@tiaojie/contracts';
import {
  DIRECTOR,
  SECURITY_ADMIN,
  SYSTEM_ADMIN,
  clearOverlays,
  openAdmin,
} from '../../../testing/admin-fixtures';
import { textOf } from '../../../testing/dom';
import { MEDIATOR_YANG } from '../../../testing/fixtures';
import { settle } from '../../../testing/providers';
import { ADMIN_ROUTES } from '../../core/layout/nav-items';
import { ADMIN_SECTIONS, adminSectionsFor } from './admin-sections';

describe('系统管理 landing page and its sections', () => {
  afterEach(clearOverlays);

  function links(root: HTMLElement): (string | null)[] {
    return Array.from(root.querySelectorAll('a.section')).map((a) => a.getAttribute('href'));
  }

  it('lists 用户与角色 only to the security administrator', async () => {
    const { http, harness } = await openAdmin('/admin', SECURITY_ADMIN);
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement!;
    expect(root.querySelector('h1')?.textContent).toContain('系统管理');
    expect(links(root)).toEqual(['/admin/users']);
    expect(textOf(root)).toContain('用户与角色');
    expect(textOf(root)).not.toContain('接口密钥');
    http.verify();
  });

  it('lists the roster, the time limits, the templates, the calendar and the keys to the administrator, not the users (三员分立)', async () => {
    const { http, harness } = await openAdmin('/admin', SYSTEM_ADMIN);
    await harness.fixture.whenStable();
    expect(links(harness.routeNativeElement!)).toEqual([
      '/admin/mediators',
      '/admin/deadline-rules',
      '/admin/templates',
      '/admin/calendar',
      '/admin/api-keys',
    ]);
    http.verify();
  });

  it('lists his committee’s roster, time limits, seal and templates to a director', async () => {
    const { http, harness } = await openAdmin('/admin', DIRECTOR);
    await harness.fixture.whenStable();
    expect(links(harness.routeNativeElement!)).toEqual([
      '/admin/mediators',
      '/admin/deadline-rules',
      '/admin/seal',
      '/admin/templates',
    ]);
    expect(textOf(harness.routeNativeElement!)).toContain('调解员名册');
    expect(textOf(harness.routeNativeElement!)).toContain('期限规则');
    expect(textOf(harness.routeNativeElement!)).toContain('文书模板');
    expect(textOf(harness.routeNativeElement!)).toContain(
      '调整本组织打印的调解协议书、申请书、告知书等文书的文字和版式。',
    );
    http.verify();
  });

  it.each([
    ['admin', ['mediators', 'deadline-rules', 'templates', 'calendar', 'api-keys']],
    ['director', ['mediators', 'deadline-rules', 'seal', 'templates']],
    ['security_admin', ['users']],
    ['mediator', []],
  ] as const)('gives %s the sections %j', (role, paths) => {
    expect(adminSectionsFor(role).map((s) => s.path)).toEqual(paths);
  });

  it('says so to a role with no section', async () => {
    const { harness } = await openAdmin('/admin', MEDIATOR_YANG);
    await harness.fixture.whenStable();
    expect(links(harness.routeNativeElement!)).toEqual([]);
    expect(textOf(harness.routeNativeElement!)).toContain('您的角色没有可用的系统管理功能');
  });

  it('sends a role that may not use a section back to the landing page, asking the API nothing', async () => {
    const { http, harness } = await openAdmin('/admin/users', SYSTEM_ADMIN);
    await settle();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/admin');
    http.expectNone('/api/users');
    await harness.navigateByUrl('/admin/api-keys');
    expect(TestBed.inject(Router).url).toBe('/admin/api-keys');
    await harness.navigateByUrl('/admin/nothing-here');
    expect(TestBed.inject(Router).url).toBe('/admin');
  });

  it('keeps the roster, the time limits and the templates from the security administrator and a mediator', async () => {
    const { http, harness } = await openAdmin('/admin/mediators', SECURITY_ADMIN);
    await settle();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/admin');
    await harness.navigateByUrl('/admin/deadline-rules');
    expect(TestBed.inject(Router).url).toBe('/admin');
    await harness.navigateByUrl('/admin/templates');
    expect(TestBed.inject(Router).url).toBe('/admin');
    http.expectNone(
      (request) =>
        request.url.includes('mediators') ||
        request.url.includes('deadline-rules') ||
        request.url.includes('templates'),
    );
  });

  it('shows each section exactly to the roles the policy lets call one of its routes', () => {
    for (const role of ROLES)
      expect({ role, paths: adminSectionsFor(role).map((s) => s.path) }).toEqual({
        role,
        paths: ADMIN_SECTIONS.filter((s) => s.routes.some((route) => mayCall(role, route))).map(
          (s) => s.path,
        ),
      });
    expect(adminSectionsFor(undefined)).toEqual([]);
  });

  it('names only routes the permission policy knows (a typo would hide the section from everyone)', () => {
    for (const route of ADMIN_SECTIONS.flatMap((s) => s.routes))
      expect({ route, known: ROLES.some((role) => mayCall(role, route)) }).toEqual({ route, known: true });
  });

  it('keeps the side menu entry on the same routes as the sections', () => {
    expect([...ADMIN_ROUTES].sort()).toEqual(ADMIN_SECTIONS.flatMap((s) => s.routes).sort());
  });
});
