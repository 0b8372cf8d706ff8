import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { chinaDay } from '@tiaojie/contracts';
import {
  CENTRE_ID,
  COMMITTEE_ID,
  COUNTY_WITH_COMMITTEE,
  DIRECTOR,
  DIRECTOR_TREE,
  SYSTEM_ADMIN,
  clearOverlays,
  openAdmin,
} from '../../../../testing/admin-fixtures';
import { buttonByText, chooseOption, inputByLabel, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { Me } from '../../../core/api/api-types';
import type { Mediator } from '../../../core/api/mediators-api';
import { localDate } from '../../../shared/forms/dates';
import { termState } from './mediators-page';

/** `YYYY-MM-DD` `days` from today in China. */
function fromToday(days: number): string {
  const date = new Date(`${chinaDay()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const ACCOUNT_ID = '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d01';

function mediator(overrides: Partial<Mediator> = {}): Mediator {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    userId: ACCOUNT_ID,
    name: '杨建国',
    organisationId: CENTRE_ID,
    organisationIds: [CENTRE_ID],
    kind: 'member',
    fullTime: true,
    courtRosterNo: 'ZJ-TY-2026-018',
    termStart: '2026-01-01',
    termEnd: fromToday(400),
    status: 'active',
    trainings: [{ day: '2026-06-18', topic: '民法典婚姻家庭编专题培训', hours: 8 }],
    ...overrides,
  };
}

const YANG = mediator();
/** Serves the committee mainly and the centre too; his term ends within 60 days. */
const QIAN = mediator({
  id: 'e0000000-0000-4000-8000-000000000002',
  userId: null,
  name: '钱国强',
  organisationId: COMMITTEE_ID,
  organisationIds: [COMMITTEE_ID, CENTRE_ID],
  kind: 'engaged',
  fullTime: false,
  courtRosterNo: null,
  termEnd: fromToday(30),
  status: 'suspended',
  trainings: [],
});
const SUN = mediator({
  id: 'e0000000-0000-4000-8000-000000000003',
  userId: null,
  name: '孙丽华',
  organisationId: COMMITTEE_ID,
  organisationIds: [COMMITTEE_ID],
  termStart: '2023-01-01',
  termEnd: fromToday(-1),
  status: 'removed',
  trainings: [],
});

describe('MediatorsPage (调解员名册)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const footer = () => modal().querySelector<HTMLElement>('.ant-modal-footer')!;
  const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!;
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('tr.mediator-row'));

  async function open(user: Me, mediators: Mediator[], tree = COUNTY_WITH_COMMITTEE): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/mediators', user));
    http.expectOne('/api/mediators?all=true').flush({ items: mediators });
    http.expectOne('/api/organisations').flush(tree);
    await stable();
  }

  async function reloaded(mediators: Mediator[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne('/api/mediators?all=true').flush({ items: mediators });
    await stable();
  }

  function rowOf(name: string): HTMLElement {
    const row = rows().find((tr) => tr.textContent?.includes(name));
    if (!row) throw new Error(`No row for ${name}`);
    return row;
  }

  /** Opens the date picker `id` and clicks today (the pop-up takes a few rounds to appear). */
  async function pickToday(id: string): Promise<void> {
    let today: HTMLElement | null = null;
    for (let round = 0; round < 30 && !today; round++) {
      if (round % 5 === 0) field(id).click();
      await settle();
      await stable();
      today =
        Array.from(
          document.querySelectorAll<HTMLElement>('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)'),
        )
          .at(-1)
          ?.querySelector<HTMLElement>('.ant-picker-cell-today .ant-picker-cell-inner') ?? null;
    }
    if (!today) throw new Error(`The date picker #${id} did not open`);
    today.click();
    await stable();
    await settle();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the roster with Chinese kinds, organisations, term warnings, status and account', async () => {
    await open(SYSTEM_ADMIN, [YANG, QIAN, SUN]);
    expect(rows()).toHaveLength(3);
    const yang = textOf(rowOf('杨建国'));
    expect(yang).toContain('委员');
    expect(yang).toContain('专职');
    expect(yang).toContain('老杨调解中心');
    expect(yang).not.toContain('主要');
    expect(yang).toContain('ZJ-TY-2026-018');
    expect(yang).toContain(`2026-01-01 – ${YANG.termEnd}`);
    expect(yang).not.toContain('届满');
    expect(yang).toContain('在任');
    expect(yang).toContain('已关联');

    const qian = textOf(rowOf('钱国强'));
    expect(qian).toContain('聘任调解员');
    expect(qian).toContain('兼职');
    // The organisation mainly served comes first and is marked.
    expect(qian).toMatch(/枫桥镇人民调解委员会 主要 老杨调解中心/);
    expect(qian).toContain('即将届满');
    expect(rowOf('钱国强').querySelector('nz-tag.ant-tag-orange')?.textContent).toContain('即将届满');
    expect(qian).toContain('暂停');
    expect(qian).toContain('未关联');

    const sun = textOf(rowOf('孙丽华'));
    expect(rowOf('孙丽华').querySelector('nz-tag.ant-tag-red')?.textContent).toContain('已届满');
    expect(sun).toContain('已解聘');
    expect(textOf(root())).not.toMatch(/member|engaged|suspended|removed/);
    expect(textOf(root())).toContain('共 3 位调解员');
  });

  it('flags a term ending within 60 days of today in China, and one past', () => {
    expect(termState(null, '2026-03-01')).toBeNull();
    expect(termState('2026-02-28', '2026-03-01')).toBe('ended');
    expect(termState('2026-03-01', '2026-03-01')).toBe('ending');
    expect(termState('2026-04-30', '2026-03-01')).toBe('ending');
    expect(termState('2026-05-01', '2026-03-01')).toBeNull();
  });

  it('finds mediators by name and by status', async () => {
    await open(SYSTEM_ADMIN, [YANG, QIAN, SUN]);
    typeInto(field('mediators-filter'), '钱');
    await stable();
    expect(rows().map(textOf)).toEqual([expect.stringContaining('钱国强')]);
    expect(textOf(root())).toContain('找到 1 位调解员(共 3 位)');
    typeInto(field('mediators-filter'), '');
    await stable();
    await chooseOption(root(), 'mediators-status', '已解聘', stable);
    expect(rows().map(textOf)).toEqual([expect.stringContaining('孙丽华')]);
    typeInto(field('mediators-filter'), '杨');
    await stable();
    expect(rows()).toHaveLength(0);
    expect(textOf(root())).toContain('没有符合条件的调解员');
  });

  it('adds a mediator to the director’s own committee, preselected, and sends the API’s body', async () => {
    await open(DIRECTOR, [], DIRECTOR_TREE);
    expect(textOf(root())).toContain('名册中暂无调解员');
    buttonByText(root(), '新增调解员').click();
    await stable();
    expect(textOf(modal())).toContain('新增调解员');
    // A browser test finds the fields by labels containing these words: one each.
    const labels = Array.from(modal().querySelectorAll('label')).map(
      (label) => label.textContent?.trim() ?? '',
    );
    for (const name of ['姓名', '所属调解组织', '任期开始', '任期结束', '登录账号 ID'])
      expect(labels.filter((label) => label.includes(name))).toEqual([name]);
    // His committee is chosen already.
    expect(textOf(field('mediator-organisations').closest('nz-select')!)).toContain('枫桥镇人民调解委员会');

    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(modal())).toContain('请填写姓名');
    expect(textOf(modal())).toContain('请选择任期开始日期');
    http.expectNone('/api/mediators');

    typeInto(inputByLabel(document.body, '姓名'), ' 钱国强 ');
    Array.from(modal().querySelectorAll<HTMLLabelElement>('label[nz-radio]'))
      .find((label) => label.textContent?.trim() === '聘任调解员')!
      .click();
    field('mediator-full-time').click();
    typeInto(field('mediator-court-roster-no'), 'ZJ-TY-2026-031');
    await stable();
    await pickToday('mediator-term-start');
    await pickToday('mediator-term-end');
    buttonByText(modal(), '添加培训记录').click();
    await stable();
    await pickToday('mediator-training-day-0');
    typeInto(field('mediator-training-topic-0'), '人民调解员岗前培训');
    typeInto(field('mediator-training-hours-0'), '16');
    await stable();
    // A row added and removed again sends nothing.
    buttonByText(modal(), '添加培训记录').click();
    await stable();
    modal().querySelector<HTMLButtonElement>('button[aria-label="删除第 2 条培训记录"]')!.click();
    await stable();

    buttonByText(footer(), '保存').click();
    await stable();
    const today = localDate(new Date());
    const request = http.expectOne('/api/mediators');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: '钱国强',
      organisationIds: [COMMITTEE_ID],
      kind: 'engaged',
      fullTime: true,
      courtRosterNo: 'ZJ-TY-2026-031',
      termStart: today,
      termEnd: today,
      status: 'active',
      trainings: [{ day: today, topic: '人民调解员岗前培训', hours: 16 }],
    });
    // While the request is out, the button waits and a second click sends nothing.
    expect(buttonByText(footer(), '保存').classList).toContain('ant-btn-loading');
    buttonByText(footer(), '保存').click();
    http.expectNone('/api/mediators');
    request.flush(QIAN, { status: 201, statusText: 'Created' });
    await reloaded([QIAN]);
    expect(document.querySelector('#mediator-name')).toBeNull();
    expect(textOf(document.body)).toContain('调解员已加入名册');
    expect(rows()).toHaveLength(1);
  });

  it('keeps what was typed and says why when the account is another mediator’s (409)', async () => {
    await open(SYSTEM_ADMIN, [YANG]);
    buttonByText(root(), '新增调解员').click();
    await stable();
    typeInto(field('mediator-name'), '钱国强');
    await chooseOption(document.body, 'mediator-organisations', '老杨调解中心', stable);
    await pickToday('mediator-term-start');
    await pickToday('mediator-term-end');
    typeInto(inputByLabel(document.body, '登录账号 ID'), 'not-an-id');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(modal())).toContain('账号 ID 无效');
    http.expectNone('/api/mediators');

    typeInto(field('mediator-user-id'), ` ${ACCOUNT_ID} `);
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne('/api/mediators');
    expect(request.request.body).toMatchObject({ userId: ACCOUNT_ID, organisationIds: [CENTRE_ID] });
    request.flush(
      {
        ...errorBody(409, 'MEDIATOR_USER_TAKEN', '该账号已关联名册中的另一位调解员'),
        details: [{ field: 'userId', code: 'taken', message: '该账号已关联其他调解员' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(textOf(modal())).toContain('该账号已关联名册中的另一位调解员');
    expect(textOf(field('mediator-user-id').closest('nz-form-item')!)).toContain('该账号已关联其他调解员');
    expect(field('mediator-name').value).toBe('钱国强');
    expect(field('mediator-user-id').value).toBe(` ${ACCOUNT_ID} `);
    expect(buttonByText(footer(), '保存').classList).not.toContain('ant-btn-loading');
  });

  it('edits an entry, sending only what changed, and unlinks the account when cleared', async () => {
    await open(SYSTEM_ADMIN, [YANG]);
    buttonByText(rowOf('杨建国'), '编辑').click();
    await stable();
    expect(textOf(modal())).toContain('编辑调解员:杨建国');
    expect(field('mediator-name').value).toBe('杨建国');
    expect(field('mediator-user-id').value).toBe(ACCOUNT_ID);
    expect(field('mediator-term-start').value).toBe('2026-01-01');
    expect(field('mediator-training-topic-0').value).toBe('民法典婚姻家庭编专题培训');

    // Nothing changed: nothing is sent.
    buttonByText(footer(), '保存').click();
    await stable();
    http.expectNone(`/api/mediators/${YANG.id}`);
    expect(document.querySelector('#mediator-name')).toBeNull();

    buttonByText(rowOf('杨建国'), '编辑').click();
    await stable();
    await chooseOption(document.body, 'mediator-status', '暂停', stable);
    typeInto(field('mediator-user-id'), '');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne(`/api/mediators/${YANG.id}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'suspended', userId: null });
    request.flush(
      {
        ...errorBody(
          422,
          'MEDIATOR_HAS_CASES',
          '该调解员仍在主持 2 件未办结的案件,请先为这些案件另行指派主持调解员',
        ),
        details: [{ field: 'status', code: 'hasCases', message: '仍主持 2 件未办结案件' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(textOf(modal())).toContain('该调解员仍在主持 2 件未办结的案件');
    expect(textOf(field('mediator-status').closest('nz-form-item')!)).toContain('仍主持 2 件未办结案件');
    expect(field('mediator-user-id').value).toBe('');

    await chooseOption(document.body, 'mediator-status', '在任', stable);
    buttonByText(footer(), '保存').click();
    await stable();
    const retry = http.expectOne(`/api/mediators/${YANG.id}`);
    expect(retry.request.body).toEqual({ userId: null });
    retry.flush({ ...YANG, userId: null });
    await reloaded([{ ...YANG, userId: null }]);
    expect(textOf(rowOf('杨建国'))).toContain('未关联');
  });

  it('shows the API’s refusal of a shared mediator to a director (422 MEDIATOR_SHARED)', async () => {
    await open(DIRECTOR, [QIAN], DIRECTOR_TREE);
    // The centre is not in his sight.
    expect(textOf(rowOf('钱国强'))).toContain('其他调解组织');
    buttonByText(rowOf('钱国强'), '编辑').click();
    await stable();
    expect(textOf(field('mediator-organisations').closest('nz-select')!)).toContain(
      '其他调解组织(您无权查看)',
    );
    typeInto(field('mediator-name'), '钱国栋');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne(`/api/mediators/${QIAN.id}`);
    expect(request.request.body).toEqual({ name: '钱国栋' });
    request.flush(errorBody(422, 'MEDIATOR_SHARED', '该调解员同时在其他调解组织任职,须由系统管理员修改'), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await stable();
    expect(textOf(modal())).toContain('须由系统管理员修改');
    expect(field('mediator-name').value).toBe('钱国栋');
  });

  it('puts the API’s field messages on the fields, a training’s too (400)', async () => {
    await open(SYSTEM_ADMIN, [YANG]);
    buttonByText(rowOf('杨建国'), '编辑').click();
    await stable();
    typeInto(field('mediator-training-topic-0'), '民法典专题');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    http.expectOne(`/api/mediators/${YANG.id}`).flush(
      {
        ...errorBody(400, 'VALIDATION_FAILED', '提交的数据有误,请检查标出的字段'),
        details: [{ field: 'trainings.0.topic', code: 'maxLength', message: '培训内容不能超过 100 个字' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(textOf(modal())).toContain('提交的数据有误,请检查标出的字段');
    expect(textOf(field('mediator-training-topic-0').closest('nz-form-item')!)).toContain(
      '培训内容不能超过 100 个字',
    );
  });

  it('refuses a term that ends before it starts, before sending', async () => {
    await open(SYSTEM_ADMIN, [{ ...YANG, termStart: fromToday(10), termEnd: null }]);
    buttonByText(rowOf('杨建国'), '编辑').click();
    await stable();
    await pickToday('mediator-term-end');
    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(field('mediator-term-end').closest('nz-form-item')!)).toContain(
      '任期结束日期不能早于开始日期',
    );
    http.expectNone(`/api/mediators/${YANG.id}`);
  });
});
