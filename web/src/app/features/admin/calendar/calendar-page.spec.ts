import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { SYSTEM_ADMIN, clearOverlays, openAdmin } from '../../../../testing/admin-fixtures';
import { buttonByText, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { CalendarOverride } from '../../../core/api/calendar-api';
import { localDate } from '../../../shared/forms/dates';

const MAKE_UP: CalendarOverride = { day: '2026-10-10', working: true, name: '国庆节调休' };
const DAY_OFF: CalendarOverride = { day: '2026-11-12', working: false, name: '西施文化节' };

describe('CalendarPage (节假日调整)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const footer = () => modal().querySelector<HTMLElement>('.ant-modal-footer, .ant-modal-confirm-btns')!;
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('tr.override-row'));
  const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!;

  async function open(overrides: CalendarOverride[]): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/calendar', SYSTEM_ADMIN));
    http.expectOne('/api/calendar/overrides').flush(overrides);
    await stable();
  }

  async function reloaded(overrides: CalendarOverride[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne('/api/calendar/overrides').flush(overrides);
    await stable();
  }

  /** Opens the date picker and clicks today (the pop-up takes a few rounds to appear, more on a busy machine). */
  async function pickToday(): Promise<void> {
    let today: HTMLElement | null = null;
    for (let round = 0; round < 30 && !today; round++) {
      if (round % 5 === 0) field('calendar-day').click();
      await settle();
      await stable();
      today = document.querySelector<HTMLElement>('.ant-picker-cell-today .ant-picker-cell-inner');
    }
    if (!today) throw new Error('The date picker did not open');
    today.click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the local days off and make-up working days with their weekday', async () => {
    await open([MAKE_UP, DAY_OFF]);
    const [first, second] = rows().map(textOf);
    expect(first).toContain('2026-10-10');
    expect(first).toContain('星期六');
    expect(first).toContain('调休上班');
    expect(first).toContain('国庆节调休');
    expect(second).toContain('星期四');
    expect(second).toContain('放假');
    expect(second).toContain('西施文化节');
  });

  it('adds a day picked on the calendar, as a day off unless switched', async () => {
    await open([]);
    expect(textOf(root())).toContain('暂无本地调整');
    buttonByText(root(), '添加调整').click();
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(modal())).toContain('请选择日期');
    expect(textOf(modal())).toContain('请填写名称');
    http.expectNone('/api/calendar/overrides');

    await pickToday();
    typeInto(field('calendar-name'), '西施文化节');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne('/api/calendar/overrides');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ day: localDate(new Date()), working: false, name: '西施文化节' });
    request.flush(request.request.body);
    await reloaded([{ day: localDate(new Date()), working: false, name: '西施文化节' }]);
    expect(document.querySelector('#calendar-name')).toBeNull();
    expect(rows()).toHaveLength(1);
  });

  it('says when a new day replaces an entry, and changes an entry in place', async () => {
    const today: CalendarOverride = { day: localDate(new Date()), working: false, name: '临时放假' };
    await open([today]);
    buttonByText(root(), '添加调整').click();
    await stable();
    await pickToday();
    expect(textOf(modal())).toContain('该日已有调整“临时放假”,保存后将替换。');
    buttonByText(footer(), '取消').click();
    await stable();
    await settle();

    buttonByText(rows()[0], '修改').click();
    await stable();
    expect(field('calendar-day').disabled).toBe(true);
    expect(field('calendar-name').value).toBe('临时放假');
    field('calendar-working').click();
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne('/api/calendar/overrides');
    expect(request.request.body).toEqual({ ...today, working: true });
    // A refusal stays in the dialog.
    request.flush(errorBody(400, 'VALIDATION_FAILED', '日期格式应为 YYYY-MM-DD'), {
      status: 400,
      statusText: 'Bad Request',
    });
    await stable();
    expect(textOf(modal())).toContain('日期格式应为 YYYY-MM-DD');
    expect(field('calendar-name').value).toBe('临时放假');
  });

  it('deletes an entry after a confirmation', async () => {
    await open([MAKE_UP]);
    buttonByText(rows()[0], '删除').click();
    await stable();
    expect(textOf(modal())).toContain('删除 2026-10-10 的调整?');
    buttonByText(footer(), '删除').click();
    await stable();
    const request = http.expectOne('/api/calendar/overrides/2026-10-10');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await reloaded([]);
    expect(rows()).toHaveLength(0);
    expect(textOf(document.body)).toContain('已删除');
  });
});
