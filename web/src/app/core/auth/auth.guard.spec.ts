import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, Router, UrlTree } from '@angular/router';
import { type Observable, firstValueFrom, isObservable } from 'rxjs';
import { MEDIATOR_YANG, STATUS_401, UNAUTHENTICATED } from '../../../testing/fixtures';
import { provideTestApp } from '../../../testing/providers';
import { authGuard } from './auth.guard';
import { AuthService } from './auth.service';

describe('authGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function runGuard(url: string): Promise<boolean | UrlTree> {
    const result = TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
    if (!isObservable(result)) throw new Error('authGuard should answer with an observable');
    return firstValueFrom(result as Observable<boolean | UrlTree>);
  }

  it('sends a visitor who is not signed in to /login, remembering where they wanted to go', async () => {
    const verdict = runGuard('/cases/7?tab=parties');
    http.expectOne('/api/me').flush(UNAUTHENTICATED, STATUS_401);
    const result = await verdict;

    expect(result).toBeInstanceOf(UrlTree);
    const serialized = TestBed.inject(Router).serializeUrl(result as UrlTree);
    expect(serialized).toBe('/login?returnUrl=%2Fcases%2F7%3Ftab%3Dparties');
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('sends a user with a temporary password to 修改密码 first, and lets them in there', async () => {
    const verdict = runGuard('/cases');
    http.expectOne('/api/me').flush({ ...MEDIATOR_YANG, mustChangePassword: true });
    const result = await verdict;
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/password');
    expect(await runGuard('/password')).toBe(true);
  });

  it('lets a signed-in user through and remembers who they are', async () => {
    const verdict = runGuard('/');
    http.expectOne('/api/me').flush(MEDIATOR_YANG);

    expect(await verdict).toBe(true);
    expect(TestBed.inject(AuthService).user()?.name).toBe('杨建国');
  });

  it('asks the API only once while the user stays signed in', async () => {
    const first = runGuard('/');
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
    await first;

    expect(await runGuard('/')).toBe(true);
    http.expectNone('/api/me');
  });
});
