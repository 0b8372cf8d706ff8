import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { MEDIATOR_YANG } from '../../../testing/fixtures';
import { provideTestApp } from '../../../testing/providers';
import { AuthService } from './auth.service';
import { IdleWatch } from './idle-watch';

const MINUTE = 60_000;

describe('IdleWatch (idle logout)', () => {
  let http: HttpTestingController;
  let watch: IdleWatch;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    const auth = TestBed.inject(AuthService);
    auth.login({ username: 'mediator.yang', password: 'tiaojie-demo' }).subscribe();
    http.expectOne('/api/auth/login').flush({ accessToken: 't', expiresAt: 'x', user: MEDIATOR_YANG });
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    watch = TestBed.inject(IdleWatch);
    watch.start();
  });

  afterEach(() => {
    watch.stop();
    http.verify();
    jest.useRealTimers();
  });

  const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

  it('warns two minutes before the idle limit and a key press dismisses the warning', () => {
    jest.advanceTimersByTime(27 * MINUTE);
    expect(watch.secondsLeft()).toBeNull();
    jest.advanceTimersByTime(MINUTE + 1000);
    expect(watch.secondsLeft()).toBe(119);
    press();
    jest.advanceTimersByTime(1000);
    expect(watch.secondsLeft()).toBeNull();
    // The press also reminds the API at once: the user came back after 28 minutes.
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
  });

  it('signs out after 30 idle minutes and tells the sign-in page why', () => {
    jest.advanceTimersByTime(30 * MINUTE);
    const logout = http.expectOne('/api/auth/logout');
    logout.flush(null, { status: 204, statusText: 'No Content' });
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { reason: 'idle', returnUrl: '/' },
    });
  });

  it('keeps the API session alive while the user types without saving, and only then', () => {
    // Twelve minutes of typing, a key a minute: the API is told at 5 and 10 minutes.
    for (let i = 0; i < 12; i++) {
      jest.advanceTimersByTime(MINUTE);
      press();
    }
    jest.advanceTimersByTime(1000);
    expect(http.match('/api/me')).toHaveLength(2);
    // Then nothing for 20 minutes: the keys of minutes 11 and 12 are reported at 15, then no more.
    jest.advanceTimersByTime(20 * MINUTE);
    expect(http.match('/api/me')).toHaveLength(1);
    jest.advanceTimersByTime(7 * MINUTE);
    expect(http.match('/api/me')).toHaveLength(0);
    expect(watch.secondsLeft()).toBeNull();
    // 28 minutes after the last key the warning comes.
    jest.advanceTimersByTime(MINUTE);
    expect(watch.secondsLeft()).toBe(119);
  });
});
