import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MEDIATOR_YANG, STATUS_401, errorBody } from '../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import { AuthService } from './auth.service';

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'login', component: BlankPage },
        { path: 'cases', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    auth.ensureUser().subscribe();
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases');
  });

  afterEach(() => http.verify());

  function failWith(url: string, status: number): void {
    client.get(url).subscribe({ error: () => undefined });
    const body = errorBody(status, 'SESSION_EXPIRED', '登录已过期,请重新登录');
    http.expectOne(url).flush(body, { status, statusText: 'Error' });
  }

  it('signs the user out and sends them to /login when the session has ended', async () => {
    failWith('/api/organisations', 401);
    await settle();

    expect(auth.user()).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fcases');
  });

  it('still hands the error to the caller', () => {
    let received: unknown;
    client.get('/api/organisations').subscribe({ error: (error: unknown) => (received = error) });
    http.expectOne('/api/organisations').flush(errorBody(401, 'UNAUTHENTICATED', '请先登录'), STATUS_401);
    expect(received).toMatchObject({ status: 401 });
  });

  it('leaves a wrong password to the login form', async () => {
    auth.login({ username: 'mediator.yang', password: 'wrong' }).subscribe({ error: () => undefined });
    http
      .expectOne('/api/auth/login')
      .flush(errorBody(401, 'INVALID_CREDENTIALS', '用户名或密码错误'), STATUS_401);
    await settle();

    expect(router.url).toBe('/cases');
  });

  it('does nothing on other errors, such as 403', async () => {
    failWith('/api/organisations', 403);
    await settle();

    expect(auth.user()?.name).toBe('杨建国');
    expect(router.url).toBe('/cases');
  });
});
