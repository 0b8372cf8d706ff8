import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MEDIATOR_YANG, STATUS_401, errorBody } from '../../../testing/fixtures';
import { provideTestApp } from '../../../testing/providers';
import { AuthService } from './auth.service';

describe('AuthService', () => {
  let http: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => http.verify());

  it('keeps the user the login call returned', () => {
    auth.login({ username: 'mediator.yang', password: 'tiaojie-demo' }).subscribe();
    const request = http.expectOne('/api/auth/login');
    request.flush({ accessToken: 't', expiresAt: '2026-12-01T00:00:00Z', user: MEDIATOR_YANG });

    expect(auth.user()).toEqual(MEDIATOR_YANG);
    expect(auth.signedIn()).toBe(true);
  });

  it('forgets the user after logging out', () => {
    auth.login({ username: 'mediator.yang', password: 'tiaojie-demo' }).subscribe();
    http.expectOne('/api/auth/login').flush({ accessToken: 't', expiresAt: 'x', user: MEDIATOR_YANG });

    let done = false;
    auth.logout().subscribe({ complete: () => (done = true) });
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(done).toBe(true);
    expect(auth.user()).toBeNull();
  });

  it('forgets the user even when the session had already expired on the server', () => {
    auth.login({ username: 'mediator.yang', password: 'tiaojie-demo' }).subscribe();
    http.expectOne('/api/auth/login').flush({ accessToken: 't', expiresAt: 'x', user: MEDIATOR_YANG });

    let done = false;
    auth.logout().subscribe({ complete: () => (done = true) });
    http.expectOne('/api/auth/logout').flush(errorBody(401, 'SESSION_EXPIRED', '登录已过期'), STATUS_401);

    expect(done).toBe(true);
    expect(auth.user()).toBeNull();
  });
});
