import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import type { AppNotification, NotificationPage } from '../api/api-types';
import { NotificationBell } from './notification-bell';

const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';

function notification(overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    kind: 'deadline',
    title: '已超期：(2026)枫老调字第0001号 调解期限',
    body: '(2026)枫老调字第0001号 的调解期限已于 2026-03-31 到期，请尽快处理。',
    caseId: CASE_ID,
    createdAt: '2026-04-01T01:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const UNREAD = notification();
const READ = notification({
  id: 'e0000000-0000-4000-8000-000000000002',
  title: '即将到期：(2026)枫老调字第0002号 受理期限',
  caseId: null,
  readAt: '2026-03-30T01:00:00.000Z',
});

function inbox(items: AppNotification[], unread: number): NotificationPage {
  return { items, total: items.length, page: 1, pageSize: 10, unread };
}

describe('NotificationBell (通知)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<NotificationBell>;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const bell = () => root().querySelector<HTMLButtonElement>('button[aria-label="通知"]')!;

  function pending(): TestRequest[] {
    return http.match((req) => req.url === '/api/notifications').filter((r) => !r.cancelled);
  }

  async function open(answer = inbox([UNREAD, READ], 3)): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: '', component: BlankPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationBell);
    fixture.detectChanges();
    await settle();
    const requests = pending();
    expect(requests).toHaveLength(1);
    requests[0].flush(answer);
    await stable();
    return requests[0];
  }

  async function openMenu(): Promise<void> {
    bell().click();
    // The dropdown opens after a short debounce, in an overlay outside the component.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await stable();
  }

  function item(title: string): HTMLButtonElement {
    const found = document.querySelector<HTMLButtonElement>(`.bell__item[aria-label="${title}"]`);
    if (!found) throw new Error(`No notification "${title}"`);
    return found;
  }

  afterEach(() => {
    for (const request of pending()) request.flush(inbox([], 0));
    http.verify();
  });

  it('asks for the latest ten and shows the unread count on the bell', async () => {
    const request = await open();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('10');
    expect(bell()).not.toBeNull();
    expect(root().querySelector('.ant-badge-count')?.getAttribute('title')).toBe('3');
  });

  it('shows no badge when everything is read', async () => {
    await open(inbox([READ], 0));
    expect(root().querySelector('.ant-badge-count')).toBeNull();
  });

  it('lists the latest notifications by title in the dropdown, unread ones marked', async () => {
    await open();
    await openMenu();
    expect(item(UNREAD.title).classList).toContain('bell__item--unread');
    expect(item(UNREAD.title).textContent).toContain('请尽快处理');
    expect(item(READ.title).classList).not.toContain('bell__item--unread');
    expect(document.body.textContent).toContain('3 条未读');
  });

  it('marks a notification read when clicked and opens its case', async () => {
    await open();
    await openMenu();
    item(UNREAD.title).click();
    const read = http.expectOne(`/api/notifications/${UNREAD.id}/read`);
    expect(read.request.method).toBe('POST');
    read.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
    // The badge counts one fewer at once; the navigation asks for the inbox again.
    expect(root().querySelector('.ant-badge-count')?.getAttribute('title')).toBe('2');
    const again = pending();
    expect(again).toHaveLength(1);
    again[0].flush(inbox([{ ...UNREAD, readAt: '2026-04-01T02:00:00.000Z' }, READ], 2));
    await stable();
    expect(root().querySelector('.ant-badge-count')?.getAttribute('title')).toBe('2');
  });

  it('does not mark a read notification again, and stays put when it has no case', async () => {
    await open();
    await openMenu();
    item(READ.title).click();
    await settle();
    http.expectNone((req) => req.url.endsWith('/read'));
    expect(TestBed.inject(Router).navigated).toBe(false);
  });

  it('asks again after each navigation', async () => {
    await open();
    await TestBed.inject(Router).navigateByUrl(`/cases/${CASE_ID}`);
    await settle();
    const requests = pending();
    expect(requests).toHaveLength(1);
    requests[0].flush(inbox([UNREAD], 1));
    await stable();
    expect(root().querySelector('.ant-badge-count')?.getAttribute('title')).toBe('1');
  });

  it('asks again every minute', () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      TestBed.configureTestingModule({ providers: provideTestApp([{ path: '', component: BlankPage }]) });
      http = TestBed.inject(HttpTestingController);
      fixture = TestBed.createComponent(NotificationBell);
      fixture.detectChanges();
      jest.advanceTimersByTime(0);
      const first = pending();
      expect(first).toHaveLength(1);
      first[0].flush(inbox([], 0));
      jest.advanceTimersByTime(59_000);
      expect(pending()).toHaveLength(0);
      jest.advanceTimersByTime(1_000);
      const second = pending();
      expect(second).toHaveLength(1);
      second[0].flush(inbox([], 0));
      fixture.destroy();
    } finally {
      jest.useRealTimers();
    }
  });
});
