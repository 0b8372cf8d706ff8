import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { textOf } from '../testing/dom';
import { MEDIATOR_YANG, STATUS_401, UNAUTHENTICATED } from '../testing/fixtures';
import { provideTestApp, settle } from '../testing/providers';
import { appRoutes } from './app.routes';

const EMPTY_ANSWERS: Record<string, object> = {
  '/api/cases': { items: [], total: 0, page: 1, pageSize: 10 },
  '/api/deadlines': {
    items: [],
    total: 0,
    page: 1,
    pageSize: 20,
    counts: { red: 0, yellow: 0, green: 0, paused: 0 },
  },
  '/api/notifications': { items: [], total: 0, page: 1, pageSize: 10, unread: 0 },
};

/** The real routes end to end: guard, lazy login page, shell and workbench. */
describe('app routes', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestApp(appRoutes) });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function visit(url: string, me: () => void): Promise<HTMLElement> {
    const navigation = harness.navigateByUrl(url);
    await settle();
    me();
    await navigation;
    await settle();
    // The pages ask for cases, red lights and organisations, the bell for news; answer with none.
    for (let round = 0; round < 3; round++) {
      harness.fixture.detectChanges();
      await settle();
      for (const request of http.match(() => true)) {
        if (!request.cancelled) request.flush(EMPTY_ANSWERS[request.request.url] ?? []);
      }
      await harness.fixture.whenStable();
    }
    return harness.fixture.nativeElement as HTMLElement;
  }

  it('shows the login page to a visitor who is not signed in', async () => {
    const page = await visit('/', () => http.expectOne('/api/me').flush(UNAUTHENTICATED, STATUS_401));
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2F');
    expect(textOf(page)).toContain('登录');
    expect(page.querySelector('#username')).not.toBeNull();
  });

  it('opens the workbench inside the shell for a signed-in user', async () => {
    const page = await visit('/', () => http.expectOne('/api/me').flush(MEDIATOR_YANG));
    expect(TestBed.inject(Router).url).toBe('/');
    expect(page.querySelector('nz-header')).not.toBeNull();
    expect(textOf(page)).toContain('您好,杨建国');
  });

  it('opens the case list lazily at /cases', async () => {
    const page = await visit('/cases', () => http.expectOne('/api/me').flush(MEDIATOR_YANG));
    expect(TestBed.inject(Router).url).toBe('/cases');
    expect(page.querySelector('h1')?.textContent).toContain('纠纷案件');
  });

  it('opens the deadlines board lazily at /deadlines', async () => {
    const page = await visit('/deadlines', () => http.expectOne('/api/me').flush(MEDIATOR_YANG));
    expect(TestBed.inject(Router).url).toBe('/deadlines');
    expect(page.querySelector('h1')?.textContent).toContain('期限看板');
  });

  it('opens 系统管理 lazily at /admin for the security administrator', async () => {
    const page = await visit('/admin/users', () =>
      http.expectOne('/api/me').flush({ ...MEDIATOR_YANG, role: 'security_admin' }),
    );
    expect(TestBed.inject(Router).url).toBe('/admin/users');
    expect(page.querySelector('h1')?.textContent).toContain('用户与角色');
    expect(page.querySelector('[nz-menu-item].ant-menu-item-selected')?.textContent).toContain('系统管理');
  });

  it('sends unknown addresses to the workbench', async () => {
    await visit('/no-such-page', () => http.expectOne('/api/me').flush(MEDIATOR_YANG));
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
