import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { buttonByText, textOf } from '../../../testing/dom';
import { MEDIATOR_YANG, STATUS_401, errorBody } from '../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import type { Me } from '../api/api-types';
import { AuthService } from '../auth/auth.service';
import { Shell } from './shell';

describe('Shell', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function open(user: Me = MEDIATOR_YANG): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'login', component: BlankPage },
        { path: '', component: Shell, children: [{ path: '', component: BlankPage }] },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    page = harness.fixture.nativeElement as HTMLElement;
    // The bell asks for news at once and after each navigation.
    await settle();
    for (const request of http.match((req) => req.url === '/api/notifications')) {
      if (!request.cancelled) request.flush({ items: [], total: 0, page: 1, pageSize: 10, unread: 0 });
    }
    await harness.fixture.whenStable();
  }

  function header(): HTMLElement {
    const el = page.querySelector<HTMLElement>('nz-header');
    if (!el) throw new Error('no header');
    return el;
  }

  afterEach(() => http.verify());

  it("shows the product, the user's name, role in Chinese and organisation in the header", async () => {
    await open();
    const text = textOf(header());
    expect(text).toContain('人民调解案件管理系统');
    expect(text).toContain('杨建国');
    expect(text).toContain('调解员');
    expect(text).toContain('老杨调解中心');
    expect(text).not.toContain('mediator');
  });

  it('names other roles in Chinese too', async () => {
    await open({ ...MEDIATOR_YANG, name: '王海燕', role: 'judicial_officer' });
    expect(textOf(header())).toContain('司法所工作人员');
  });

  it('lists the sections in order, with 工作台, 纠纷案件, 登记纠纷, 期限看板 and 委派移交 available', async () => {
    await open();
    const items = Array.from(page.querySelectorAll<HTMLElement>('[nz-menu-item]'));
    expect(items.map((item) => item.textContent?.trim())).toEqual([
      '工作台',
      '纠纷案件',
      '登记纠纷',
      '期限看板',
      '委派移交',
    ]);
    const enabled = items.filter((item) => item.getAttribute('aria-disabled') !== 'true');
    expect(enabled.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual([
      '/',
      '/cases',
      '/cases/new',
      '/deadlines',
      '/referrals',
    ]);
    expect(items.filter((item) => item.classList.contains('ant-menu-item-disabled'))).toHaveLength(0);
  });

  it('links 系统管理 for the security administrator, and shows no case entry', async () => {
    await open({ ...MEDIATOR_YANG, name: '周敏', role: 'security_admin' });
    const items = Array.from(page.querySelectorAll<HTMLElement>('[nz-menu-item]'));
    expect(items.map((item) => item.textContent?.trim())).toEqual(['工作台', '系统管理']);
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe('/admin');
  });

  it('shows the judicial office 督办监督 as well', async () => {
    await open({ ...MEDIATOR_YANG, name: '王海燕', role: 'judicial_officer' });
    const links = Array.from(page.querySelectorAll('[nz-menu-item] a')).map((a) => a.getAttribute('href'));
    expect(links).toContain('/referrals');
    expect(links).toContain('/oversight');
    expect(links).toContain('/stats');
  });

  it('logs out through the API and goes to /login', async () => {
    await open();
    buttonByText(page, '退出登录').click();
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/login');
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('still goes to /login when the session had already ended', async () => {
    await open();
    buttonByText(page, '退出登录').click();
    http.expectOne('/api/auth/logout').flush(errorBody(401, 'SESSION_EXPIRED', '登录已过期'), STATUS_401);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('collapses and expands the side menu from the header', async () => {
    await open();
    const sider = page.querySelector('nz-sider');
    const toggle = page.querySelector<HTMLButtonElement>('button[aria-label="收起菜单"]');
    expect(sider?.classList).not.toContain('ant-layout-sider-collapsed');

    toggle?.click();
    await harness.fixture.whenStable();
    expect(sider?.classList).toContain('ant-layout-sider-collapsed');
    expect(toggle?.getAttribute('aria-label')).toBe('展开菜单');
  });
});
