import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DeadlineItem, DeadlinePage } from '../../core/api/api-types';
import { CASE_ID, LAOYANG_TREE } from '../../../testing/case-fixtures';
import { textOf } from '../../../testing/dom';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import { remainingText } from '../../shared/labels/deadline-labels';
import { DeadlinesPage } from './deadlines-page';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function item(overrides: Partial<DeadlineItem> = {}): DeadlineItem {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    kind: 'mediation',
    label: '调解期限',
    startedAt: new Date(Date.now() - 32 * DAY).toISOString(),
    dueAt: new Date(Date.now() - 2 * DAY - HOUR).toISOString(),
    light: 'red',
    caseNumber: '(2026)枫老调字第0001号',
    caseTitle: '楼上漏水纠纷',
    ...overrides,
  };
}

const OVERDUE = item();
const SOON = item({
  id: 'c0000000-0000-4000-8000-000000000002',
  caseId: 'b0000000-0000-4000-8000-000000000002',
  kind: 'acceptance',
  label: '受理期限',
  dueAt: new Date(Date.now() + 3 * DAY + 5 * HOUR).toISOString(),
  light: 'yellow',
  caseNumber: '(2026)枫老调字第0002号',
  caseTitle: '宠物伤人纠纷',
});

function page(items: DeadlineItem[], counts = { red: 4, yellow: 2, green: 9, paused: 1 }): DeadlinePage {
  return { items, total: items.length, page: 1, pageSize: 20, counts };
}

describe('DeadlinesPage (期限看板)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();

  function nextRequest(): TestRequest {
    return http.expectOne((req) => req.url === '/api/deadlines');
  }

  async function open(url = '/deadlines', answer = page([OVERDUE, SOON])): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'deadlines', component: DeadlinesPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    http.expectOne('/api/organisations').flush(LAOYANG_TREE);
    const request = nextRequest();
    request.flush(answer);
    await stable();
    return request;
  }

  function card(label: string): HTMLButtonElement {
    const found = Array.from(root().querySelectorAll<HTMLButtonElement>('.counts button')).find((b) =>
      b.getAttribute('aria-label')?.startsWith(label),
    );
    if (!found) throw new Error(`No count card "${label}"`);
    return found;
  }

  afterEach(() => http.verify());

  it('asks for the first page of every open clock and shows the counts by light as cards', async () => {
    const request = await open();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(request.request.params.has('light')).toBe(false);
    const cards = Array.from(root().querySelectorAll('.counts button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(cards).toEqual(['已超期：4 项', '即将到期：2 项', '正常：9 项', '已暂停：1 项']);
    expect(textOf(card('已超期'))).toContain('4');
  });

  it('lists the clocks in the order the API sends (red first) with light, case and what is left', async () => {
    await open();
    const rows = Array.from(root().querySelectorAll<HTMLElement>('tr.board__row'));
    expect(rows).toHaveLength(2);
    expect(textOf(rows[0])).toContain('已超期');
    expect(textOf(rows[0])).toContain('楼上漏水纠纷');
    expect(textOf(rows[0])).toContain('(2026)枫老调字第0001号');
    expect(textOf(rows[0])).toContain('调解期限');
    expect(rows[0].querySelector('.board__remaining')?.textContent?.trim()).toBe('已超期 2 天');
    expect(rows[1].querySelector('.board__remaining')?.textContent?.trim()).toBe('还剩 3 天');
    expect(textOf(rows[1])).toContain('即将到期');
    const link = rows[1].querySelector('a');
    expect(link?.getAttribute('href')).toBe('/cases/b0000000-0000-4000-8000-000000000002');
  });

  it('filters by a light when its count card is clicked, and shows every light again on a second click', async () => {
    await open();
    card('已超期').click();
    await settle();
    harness.fixture.detectChanges();
    expect(TestBed.inject(Router).url).toBe('/deadlines?light=red');
    const filtered = nextRequest();
    expect(filtered.request.params.get('light')).toBe('red');
    expect(filtered.request.params.get('page')).toBe('1');
    filtered.flush(page([OVERDUE]));
    await stable();
    expect(card('已超期').getAttribute('aria-pressed')).toBe('true');
    expect(root().querySelectorAll('tr.board__row')).toHaveLength(1);

    card('已超期').click();
    await settle();
    harness.fixture.detectChanges();
    expect(TestBed.inject(Router).url).toBe('/deadlines');
    const all = nextRequest();
    expect(all.request.params.has('light')).toBe(false);
    all.flush(page([OVERDUE, SOON]));
    await stable();
    expect(card('已超期').getAttribute('aria-pressed')).toBe('false');
  });

  it('takes light, kind and page from the address, and drops values the API would refuse', async () => {
    const request = await open('/deadlines?light=yellow&kind=obligation&page=3&organisationId=nonsense', {
      ...page([SOON]),
      total: 60,
      page: 3,
    });
    expect(request.request.params.get('light')).toBe('yellow');
    expect(request.request.params.get('kind')).toBe('obligation');
    expect(request.request.params.get('page')).toBe('3');
    expect(request.request.params.has('organisationId')).toBe(false);
  });

  it('opens the case when a row is clicked', async () => {
    await open();
    root().querySelector<HTMLElement>('tr.board__row')!.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('says when nothing matches', async () => {
    await open('/deadlines', page([], { red: 0, yellow: 0, green: 0, paused: 0 }));
    expect(textOf(root())).toContain('没有符合条件的期限');
  });
});

describe('remainingText', () => {
  const now = new Date('2026-03-10T08:00:00.000Z');
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();

  it('counts whole days left, and hours on the last day', () => {
    expect(remainingText(at(3 * 24 + 5), 'green', now)).toBe('还剩 3 天');
    expect(remainingText(at(24), 'yellow', now)).toBe('还剩 1 天');
    expect(remainingText(at(5.5), 'yellow', now)).toBe('还剩 6 小时');
  });

  it('counts how long a clock is overdue', () => {
    expect(remainingText(at(-2 * 24 - 1), 'red', now)).toBe('已超期 2 天');
    expect(remainingText(at(-0.2), 'red', now)).toBe('已超期 1 小时');
  });

  it('does not count a paused or finished clock', () => {
    expect(remainingText(at(-48), 'paused', now)).toBe('计时暂停');
    expect(remainingText(at(48), 'done', now)).toBe('已完成');
  });
});
