import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { buttonByText, inputByLabel, textOf, typeInto } from '../../../testing/dom';
import { errorBody, MEDIATOR_YANG } from '../../../testing/fixtures';
import { BlankPage, provideTestApp } from '../../../testing/providers';
import { PasswordPage } from './password-page';

describe('PasswordPage (修改密码)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function open(): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'password', component: PasswordPage },
        { path: '', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    const auth = TestBed.inject(AuthService);
    const signedIn = auth.ensureUser().subscribe();
    http.expectOne('/api/me').flush({ ...MEDIATOR_YANG, mustChangePassword: true });
    signedIn.unsubscribe();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/password');
    page = harness.routeNativeElement!;
  }

  async function fill(current: string, next: string, confirm = next): Promise<void> {
    typeInto(inputByLabel(page, '当前密码'), current);
    typeInto(inputByLabel(page, '新密码'), next);
    typeInto(inputByLabel(page, '再次输入新密码'), confirm);
    buttonByText(page, '确认修改').click();
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

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
