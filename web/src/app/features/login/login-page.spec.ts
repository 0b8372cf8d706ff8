import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { inputByLabel, buttonByText, textOf, typeInto } from '../../../testing/dom';
import { MEDIATOR_YANG, errorBody } from '../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import { loginRoutes } from './login.routes';

describe('LoginPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function open(url = '/login'): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'login', children: loginRoutes },
        { path: 'cases/:id', component: BlankPage },
        { path: '', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    page = harness.routeNativeElement!;
  }

  async function submit(username: string, password: string): Promise<void> {
    typeInto(inputByLabel(page, '用户名'), username);
    typeInto(inputByLabel(page, '密码'), password);
    buttonByText(page, '登录').click();
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the title and labelled username and password fields', async () => {
    await open();
    expect(textOf(page)).toContain('人民调解案件管理系统');
    expect(textOf(page)).toContain('调解 · tiaojie');
    expect(inputByLabel(page, '用户名').type).toBe('text');
    expect(inputByLabel(page, '密码').type).toBe('password');
    expect(textOf(page)).not.toContain('自动退出');
  });

  it('says why after an idle logout, and not otherwise', async () => {
    await open('/login?reason=idle&returnUrl=%2Fcases');
    expect(textOf(page)).toContain('因长时间没有操作，系统已自动退出登录');
  });

  it('submits with Enter because 登录 is the submit button of the form', async () => {
    await open();
    const button = buttonByText(page, '登录');
    expect(button.type).toBe('submit');
    expect(button.form).toBe(inputByLabel(page, '密码').form);
  });

  it('asks for both fields when submitted without typing anything, and sends nothing', async () => {
    await open();
    expect(textOf(page)).not.toContain('请输入用户名');
    buttonByText(page, '登录').click();
    await harness.fixture.whenStable();
    expect(textOf(page)).toContain('请输入用户名');
    expect(textOf(page)).toContain('请输入密码');
    http.expectNone('/api/auth/login');
  });

  it('treats a username of spaces as empty', async () => {
    await open();
    await submit('   ', 'secret');
    expect(textOf(page)).toContain('请输入用户名');
    expect(textOf(page)).not.toContain('请输入密码');
    http.expectNone('/api/auth/login');
  });

  it("shows the server's message when the password is wrong, and stays on the page", async () => {
    await open();
    await submit('mediator.yang', 'wrong');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ username: 'mediator.yang', password: 'wrong' });
    request.flush(errorBody(401, 'INVALID_CREDENTIALS', '用户名或密码错误'), {
      status: 401,
      statusText: 'Unauthorized',
    });
    await harness.fixture.whenStable();

    const alert = page.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('用户名或密码错误');
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('shows the lock-out message when there were too many attempts', async () => {
    await open();
    await submit('mediator.yang', 'wrong');
    http
      .expectOne('/api/auth/login')
      .flush(errorBody(429, 'TOO_MANY_ATTEMPTS', '登录失败次数过多,请 60 秒后再试'), {
        status: 429,
        statusText: 'Too Many Requests',
      });
    await harness.fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('登录失败次数过多,请 60 秒后再试');
  });

  it('says the server cannot be reached when the request never arrives', async () => {
    await open();
    await submit('mediator.yang', 'tiaojie-demo');
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await harness.fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('无法连接服务器');
  });

  it('shows loading on 登录 while signing in and does not send twice', async () => {
    await open();
    await submit('mediator.yang', 'tiaojie-demo');
    const button = buttonByText(page, '登录');
    expect(button.classList).toContain('ant-btn-loading');
    button.click();
    await harness.fixture.whenStable();
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresAt: '2026-12-01T00:00:00Z', user: MEDIATOR_YANG });
    await settle();
  });

  it('signs in and returns to the page the user wanted', async () => {
    await open('/login?returnUrl=%2Fcases%2F42');
    await submit('mediator.yang', 'tiaojie-demo');
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresAt: '2026-12-01T00:00:00Z', user: MEDIATOR_YANG });
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/cases/42');
    expect(TestBed.inject(AuthService).user()?.name).toBe('杨建国');
  });

  it('goes to the workbench when no return URL was given', async () => {
    await open();
    await submit('mediator.yang', 'tiaojie-demo');
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresAt: '2026-12-01T00:00:00Z', user: MEDIATOR_YANG });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('ignores a return URL that points to another site', async () => {
    await open('/login?returnUrl=%2F%2Fevil.example%2F');
    await submit('mediator.yang', 'tiaojie-demo');
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresAt: '2026-12-01T00:00:00Z', user: MEDIATOR_YANG });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
