import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseListItem, DeadlineItem } from '../../core/api/api-types';
import { AuthService } from '../../core/auth/auth.service';
import { CASE_ID, listItem } from '../../../testing/case-fixtures';
import { textOf } from '../../../testing/dom';
import { MEDIATOR_YANG } from '../../../testing/fixtures';
import { provideTestApp } from '../../../testing/providers';
import { WorkbenchPage } from './workbench-page';

describe('WorkbenchPage', () => {
  let http: HttpTestingController;

  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  function redLight(overrides: Partial<DeadlineItem> = {}): DeadlineItem {
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

  async function render(
    items: CaseListItem[] = [listItem()],
    red: { items: DeadlineItem[]; total: number } = { items: [], total: 0 },
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [...provideTestApp(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush({ ...MEDIATOR_YANG, role: 'director' });
    const fixture = TestBed.createComponent(WorkbenchPage);
    fixture.detectChanges();
    const request = http.expectOne((req) => req.url === '/api/cases');
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items, total: items.length, page: 1, pageSize: 10 });
    const deadlines = http.expectOne((req) => req.url === '/api/deadlines');
    expect(deadlines.request.params.get('light')).toBe('red');
    deadlines.flush({
      ...red,
      page: 1,
      pageSize: 5,
      counts: { red: red.total, yellow: 0, green: 0, paused: 0 },
    });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('greets the user by name', async () => {
    const page = await render();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('您好,杨建国');
  });

  it('shows their organisation, role in Chinese and today’s date written in Chinese', async () => {
    const page = await render();
    const text = textOf(page);
    expect(text).toContain('老杨调解中心');
    expect(text).toContain('调委会主任');
    const year = new Date().getFullYear();
    expect(text).toMatch(new RegExp(`${year}年\\d{1,2}月\\d{1,2}日\\s?星期[一二三四五六日]`));
  });

  it('lists my cases with number, title, status, parties and a link to each', async () => {
    const page = await render([
      listItem(),
      listItem({ id: 'other', title: '宠物伤人纠纷', status: 'registered' }),
    ]);
    const myCases = page.querySelector('.my-cases') as HTMLElement;
    expect(textOf(myCases)).toContain('(2026)枫老调字第0001号');
    expect(textOf(myCases)).toContain('楼上漏水纠纷');
    expect(textOf(myCases)).toContain('调解中');
    expect(textOf(myCases)).toContain('申请人 钱秀英');
    expect(textOf(myCases)).toContain('宠物伤人纠纷');
    const link = Array.from(myCases.querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === '楼上漏水纠纷',
    );
    expect(link?.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
  });

  it('shows recent activity as the cases by last activity, with their status', async () => {
    const page = await render();
    const recent = page.querySelector('nz-timeline') as HTMLElement;
    expect(textOf(recent)).toContain('楼上漏水纠纷');
    expect(textOf(recent)).toContain('调解中');
  });

  it('offers 登记纠纷', async () => {
    const page = await render([]);
    const register = Array.from(page.querySelectorAll('a')).find((a) => a.textContent?.trim() === '登记纠纷');
    expect(register?.getAttribute('href')).toBe('/cases/new');
    expect(textOf(page)).toContain('暂无案件');
  });

  it('shows the red-light count prominently and lists the overdue clocks, each linking to its case', async () => {
    const page = await render([listItem()], {
      items: [
        redLight(),
        redLight({ id: 'c2', caseId: 'other', caseTitle: '宠物伤人纠纷', label: '受理期限' }),
      ],
      total: 7,
    });
    const card = page.querySelector('.red-lights') as HTMLElement;
    expect(textOf(card)).toContain('红灯预警');
    expect(card.querySelector('.red-lights__number')?.textContent?.trim()).toBe('7');
    expect(card.querySelector('.red-lights__count')?.getAttribute('aria-label')).toBe('已超期的期限：7 项');
    expect(textOf(card)).toContain('调解期限');
    expect(textOf(card)).toContain('已超期 2 天');
    const links = Array.from(card.querySelectorAll<HTMLAnchorElement>('.red-light__title'));
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['楼上漏水纠纷', `/cases/${CASE_ID}`],
      ['宠物伤人纠纷', '/cases/other'],
    ]);
    const board = Array.from(card.querySelectorAll('a')).find((a) => a.textContent?.includes('期限看板'));
    expect(board?.getAttribute('href')).toBe('/deadlines?light=red');
  });

  it('says so when nothing is overdue', async () => {
    const page = await render();
    const card = page.querySelector('.red-lights') as HTMLElement;
    expect(card.querySelector('.red-lights__number')?.textContent?.trim()).toBe('0');
    expect(textOf(card)).toContain('没有超期的期限。');
  });
});
