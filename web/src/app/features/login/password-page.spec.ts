import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { buttonByText, inputByLabel, textOf, typeInto } from '../../../testing/dom';
import { errorBody, MEDIATOR_YANG } from '../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import { PasswordPage } from './password-page';

const buttonByTextOrNull = (root: HTMLElement, text: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text) ?? null;

describe('PasswordPage (修改密码)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const DEVICES = [
    {
      id: 's1',
      createdAt: '2026-12-04T01:00:00.000Z',
      lastSeenAt: '2026-12-04T02:00:00.000Z',
      expiresAt: '2026-12-04T13:00:00.000Z',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36',
      current: true,
    },
    {
      id: 's2',
      createdAt: '2026-12-03T00:30:00.000Z',
      lastSeenAt: '2026-12-03T08:10:00.000Z',
      expiresAt: '2026-12-03T12:30:00.000Z',
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Safari/604.1',
      current: false,
    },
  ];

  async function open(mustChangePassword = true): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'password', component: PasswordPage },
        { path: '', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    const auth = TestBed.inject(AuthService);
    const signedIn = auth.ensureUser().subscribe();
    http.expectOne('/api/me').flush({ ...MEDIATOR_YANG, mustChangePassword });
    signedIn.unsubscribe();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/password');
    page = harness.routeNativeElement!;
    http.expectOne('/api/auth/sessions').flush(DEVICES);
    await harness.fixture.whenStable();
  }

  async function fill(current: string, next: string, confirm = next): Promise<void> {
    typeInto(inputByLabel(page, '当前密码'), current);
    typeInto(inputByLabel(page, '新密码'), next);
    typeInto(inputByLabel(page, '再次输入新密码'), confirm);
    buttonByText(page, '确认修改').click();
    await harness.fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('lists the devices signed in and signs out the others after a confirmation', async () => {
    await open(false);
    const text = textOf(page);
    expect(text).toContain('Windows · Chrome');
    expect(text).toContain('本设备');
    expect(text).toContain('iPad · Safari');
    expect(text).toContain('2026-12-03 16:10');
    expect(page.querySelector('a[href="/"]')?.textContent).toContain('返回');
    buttonByText(page, '退出其他设备').click();
    await harness.fixture.whenStable();
    const confirm = Array.from(document.querySelectorAll<HTMLElement>('.ant-modal-confirm-btns button')).find(
      (b) => b.textContent?.includes('退出其他设备'),
    )!;
    confirm.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/auth/logout-others' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/auth/sessions').flush([DEVICES[0]]);
    await harness.fixture.whenStable();
    expect(textOf(page)).not.toContain('iPad');
    expect(buttonByTextOrNull(page, '退出其他设备')).toBeNull();
  });

  it('says why it is asked after a temporary password', async () => {
    await open();
    expect(textOf(page)).toContain('临时密码');
  });

  it('names the broken rule of the shared policy and sends nothing', async () => {
    await open();
    await fill('Temp0rary2026x', 'abc');
    expect(textOf(page)).toContain('密码至少 10 个字符');
    await fill('Temp0rary2026x', 'tiaojie-demo-2027');
    expect(textOf(page)).toContain('不能使用演示密码');
    http.expectNone('/api/auth/password');
  });

  it('refuses two different new passwords', async () => {
    await open();
    await fill('Temp0rary2026x', 'Fengqiao2026!', 'Fengqiao2027!');
    expect(textOf(page)).toContain('两次输入的新密码不一致');
    http.expectNone('/api/auth/password');
  });

  it('changes the password, forgets the requirement and opens the workbench', async () => {
    await open();
    await fill('Temp0rary2026x', 'Fengqiao2026!');
    const request = http.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({ current: 'Temp0rary2026x', next: 'Fengqiao2026!' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/');
    expect(TestBed.inject(AuthService).user()?.mustChangePassword).toBe(false);
  });

  it("shows the server's reason (a recent password) and stays", async () => {
    await open();
    await fill('Temp0rary2026x', 'Fengqiao2026!');
    http
      .expectOne('/api/auth/password')
      .flush(errorBody(422, 'PASSWORD_REJECTED', '新密码不符合要求:不能与最近 5 次用过的密码相同'), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });
    await harness.fixture.whenStable();
    expect(textOf(page)).toContain('不能与最近 5 次用过的密码相同');
    expect(TestBed.inject(Router).url).toBe('/password');
  });
});
