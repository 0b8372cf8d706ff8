import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import {
  COMMITTEE_ID,
  COUNTY_WITH_COMMITTEE,
  DIRECTOR,
  SYSTEM_ADMIN,
  clearOverlays,
  openAdmin,
} from '../../../../testing/admin-fixtures';
import { buttonByText, inputByLabel, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { Me } from '../../../core/api/api-types';
import type { DeadlineRule } from '../../../core/api/deadline-rules-api';

function rule(overrides: Partial<DeadlineRule> & Pick<DeadlineRule, 'id' | 'kind'>): DeadlineRule {
  return {
    source: null,
    disputeType: null,
    days: 30,
    workingDays: false,
    maxExtensionDays: null,
    basis: '人民调解法',
    statutory: false,
    overridden: false,
    ...overrides,
  };
}

const ACCEPTANCE = rule({
  id: 1,
  kind: 'acceptance',
  days: 3,
  workingDays: true,
  basis: '人民调解工作若干规定第二十条',
});
const COURT_DISPATCH = rule({
  id: 2,
  kind: 'mediation',
  source: 'court_dispatch',
  maxExtensionDays: 15,
  basis: '法院委派调解 30 日(诉调对接办法)',
});
const LABOUR = rule({
  id: 3,
  kind: 'mediation',
  disputeType: 'labour',
  days: 15,
  basis: '劳动争议调解仲裁法第十四条',
  statutory: true,
});
const SYSTEM_RULES = [ACCEPTANCE, COURT_DISPATCH, LABOUR];
/** The committee set 20 days for court referrals. */
const OWN_COURT_DISPATCH: DeadlineRule = {
  ...COURT_DISPATCH,
  days: 20,
  basis: '法院委派调解 20 日(诸暨市人民法院诉调对接办法)',
  overridden: true,
  defaultDays: 30,
  defaultWorkingDays: false,
};
const COMMITTEE_RULES = [ACCEPTANCE, OWN_COURT_DISPATCH, LABOUR];
const COMMITTEE_URL = `/api/organisations/${COMMITTEE_ID}/deadline-rules`;

describe('DeadlineRulesPage (期限规则)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const footer = () => modal().querySelector<HTMLElement>('.ant-modal-footer, .ant-modal-confirm-btns')!;
  const field = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)!;
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('tr.rule-row'));
  const rowOf = (text: string) => {
    const row = rows().find((tr) => textOf(tr).includes(text));
    if (!row) throw new Error(`No row with ${text}`);
    return row;
  };
  const buttonsOf = (row: HTMLElement) =>
    Array.from(row.querySelectorAll('button')).map((b) => b.textContent?.trim());

  /**
   * Chooses `label` in the scope selector. The rules then load: the page is stable only once they
   * are answered, so this does not wait for it.
   */
  async function chooseScope(label: string): Promise<void> {
    (root().querySelector('#deadline-rules-scope')!.closest('nz-select') as HTMLElement).click();
    let option: HTMLElement | undefined;
    for (let round = 0; round < 10 && !option; round++) {
      await stable();
      option = Array.from(document.querySelectorAll<HTMLElement>('nz-option-item')).find(
        (item) => item.textContent?.trim() === label,
      );
    }
    if (!option) throw new Error(`No scope "${label}"`);
    option.click();
    harness.fixture.detectChanges();
    await settle();
  }

  async function open(user: Me): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/deadline-rules', user));
  }

  async function openAsDirector(rules = COMMITTEE_RULES): Promise<void> {
    await open(DIRECTOR);
    http.expectOne(COMMITTEE_URL).flush(rules);
    await stable();
  }

  async function reloaded(url: string, rules: DeadlineRule[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne(url).flush(rules);
    await stable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows a director his committee’s rules with Chinese names, its own and the statutory ones', async () => {
    await openAsDirector();
    http.expectNone('/api/organisations');
    expect(textOf(root())).toContain('本委员会:枫桥镇人民调解委员会');
    expect(textOf(root())).toContain('修改只对以后开始计时的期限生效,正在计时的期限保持原来的到期日。');
    expect(root().querySelector('#deadline-rules-scope')).toBeNull();
    expect(rows()).toHaveLength(3);

    const acceptance = textOf(rowOf('受理期限'));
    expect(acceptance).toContain('全部');
    expect(acceptance).toContain('3 日 工作日');
    expect(acceptance).toContain('人民调解工作若干规定第二十条');
    expect(buttonsOf(rowOf('受理期限'))).toEqual(['修改']);

    const court = textOf(rowOf('法院委派'));
    expect(court).toContain('调解期限');
    expect(court).toContain('20 日 自然日');
    expect(court).toContain('本委员会');
    expect(court).toContain('默认 30 日');
    expect(court).toContain('15 日');
    expect(buttonsOf(rowOf('法院委派'))).toEqual(['修改', '恢复默认']);

    const labour = rowOf('劳动争议');
    expect(textOf(labour)).toContain('法定');
    expect(textOf(labour)).toContain('法定,不可调整');
    expect(labour.querySelector('[nz-tooltip]')?.textContent).toContain('法定');
    expect(buttonsOf(labour)).toEqual([]);
    expect(textOf(root())).not.toMatch(/court_dispatch|labour|acceptance/);
  });

  it('sets the committee’s own rule with PUT on the organisation’s route', async () => {
    await openAsDirector();
    buttonByText(rowOf('受理期限'), '修改').click();
    await stable();
    expect(textOf(modal())).toContain('修改期限:受理期限(全部)');
    expect(inputByLabel(document.body, '天数').value).toBe('3');
    // A browser test finds the field by a label containing 天数: only one does.
    const labels = Array.from(modal().querySelectorAll('label')).map((label) => label.textContent ?? '');
    expect(labels.filter((label) => label.includes('天数'))).toEqual(['天数']);
    expect(field('rule-basis').value).toBe('人民调解工作若干规定第二十条');

    typeInto(field('rule-days'), '5');
    Array.from(modal().querySelectorAll<HTMLLabelElement>('label[nz-radio]'))
      .find((label) => label.textContent?.trim() === '自然日')!
      .click();
    typeInto(field('rule-max-extension'), '10');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const request = http.expectOne(`${COMMITTEE_URL}/1`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      days: 5,
      workingDays: false,
      maxExtensionDays: 10,
      basis: '人民调解工作若干规定第二十条',
    });
    expect(buttonByText(footer(), '保存').classList).toContain('ant-btn-loading');
    request.flush({ ...ACCEPTANCE, days: 5, workingDays: false, overridden: true, defaultDays: 3 });
    await reloaded(COMMITTEE_URL, [
      {
        ...ACCEPTANCE,
        days: 5,
        workingDays: false,
        overridden: true,
        defaultDays: 3,
        defaultWorkingDays: true,
      },
      OWN_COURT_DISPATCH,
      LABOUR,
    ]);
    expect(document.querySelector('#rule-days')).toBeNull();
    expect(textOf(document.body)).toContain('已保存');
    expect(textOf(rowOf('受理期限'))).toContain('默认 3 日(工作日)');
  });

  it('keeps the dialog and what was typed when the API refuses (400 on the field, 422 above it)', async () => {
    await openAsDirector();
    buttonByText(rowOf('法院委派'), '修改').click();
    await stable();
    typeInto(field('rule-basis'), '本委员会规定');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    http.expectOne(`${COMMITTEE_URL}/2`).flush(
      {
        ...errorBody(400, 'VALIDATION_FAILED', '提交的数据有误,请检查标出的字段'),
        details: [{ field: 'days', code: 'max', message: '期限天数须为 1–365 的整数' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(textOf(modal())).toContain('提交的数据有误,请检查标出的字段');
    expect(textOf(field('rule-days').closest('nz-form-item')!)).toContain('期限天数须为 1–365 的整数');
    expect(field('rule-basis').value).toBe('本委员会规定');

    typeInto(field('rule-days'), '21');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    http.expectOne(`${COMMITTEE_URL}/2`).flush(
      {
        ...errorBody(422, 'RULE_STATUTORY', '该期限由法律或法院规定,调解组织不能自行调整'),
        details: [{ field: 'days', code: 'statutory', message: '法定期限不能调整' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(textOf(modal())).toContain('该期限由法律或法院规定,调解组织不能自行调整');
    expect(textOf(field('rule-days').closest('nz-form-item')!)).toContain('法定期限不能调整');
    expect(field('rule-days').value).toBe('21');
    expect(field('rule-basis').value).toBe('本委员会规定');
  });

  it('checks the days before sending', async () => {
    await openAsDirector();
    buttonByText(rowOf('受理期限'), '修改').click();
    await stable();
    typeInto(field('rule-days'), '');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    expect(textOf(field('rule-days').closest('nz-form-item')!)).toContain('期限天数须为 1–365 的整数');
    http.expectNone(`${COMMITTEE_URL}/1`);
  });

  it('goes back to the default after a confirmation, with DELETE', async () => {
    await openAsDirector();
    buttonByText(rowOf('法院委派'), '恢复默认').click();
    await stable();
    expect(textOf(modal())).toContain('恢复“调解期限(法院委派)”的默认期限?');
    expect(textOf(modal())).toContain('30 日(自然日)');
    http.expectNone(`${COMMITTEE_URL}/2`);
    buttonByText(footer(), '恢复默认').click();
    await stable();
    const request = http.expectOne(`${COMMITTEE_URL}/2`);
    expect(request.request.method).toBe('DELETE');
    request.flush(COURT_DISPATCH);
    await reloaded(COMMITTEE_URL, SYSTEM_RULES);
    expect(textOf(document.body)).toContain('已恢复默认');
    expect(textOf(rowOf('法院委派'))).not.toContain('本委员会');
    expect(buttonsOf(rowOf('法院委派'))).toEqual(['修改']);
  });

  it('lets the administrator change the system’s rules, or a committee’s, chosen at the top', async () => {
    await open(SYSTEM_ADMIN);
    http.expectOne('/api/organisations').flush(COUNTY_WITH_COMMITTEE);
    http.expectOne('/api/deadline-rules').flush(SYSTEM_RULES);
    await stable();
    expect(textOf(root())).toContain('全市通用规则');
    expect(buttonsOf(rowOf('法院委派'))).toEqual(['修改']);
    expect(buttonsOf(rowOf('劳动争议'))).toEqual([]);

    // A committee: its rules, on its routes.
    await chooseScope('枫桥镇人民调解委员会');
    http.expectOne(COMMITTEE_URL).flush(COMMITTEE_RULES);
    await stable();
    expect(buttonsOf(rowOf('法院委派'))).toEqual(['修改', '恢复默认']);
    buttonByText(rowOf('法院委派'), '修改').click();
    await stable();
    typeInto(field('rule-days'), '25');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const own = http.expectOne(`${COMMITTEE_URL}/2`);
    expect(own.request.method).toBe('PUT');
    expect(own.request.body).toMatchObject({ days: 25 });
    own.flush({ ...OWN_COURT_DISPATCH, days: 25 });
    await reloaded(COMMITTEE_URL, [ACCEPTANCE, { ...OWN_COURT_DISPATCH, days: 25 }, LABOUR]);

    // Back to the system's rules: PUT /api/deadline-rules/:id.
    await chooseScope('全市通用规则');
    http.expectOne('/api/deadline-rules').flush(SYSTEM_RULES);
    await stable();
    buttonByText(rowOf('受理期限'), '修改').click();
    await stable();
    expect(textOf(modal())).toContain('修改全市通用规则');
    typeInto(field('rule-days'), '5');
    await stable();
    buttonByText(footer(), '保存').click();
    await stable();
    const system = http.expectOne('/api/deadline-rules/1');
    expect(system.request.method).toBe('PUT');
    expect(system.request.body).toEqual({
      days: 5,
      workingDays: true,
      maxExtensionDays: null,
      basis: '人民调解工作若干规定第二十条',
    });
    system.flush({ ...ACCEPTANCE, days: 5 });
    await reloaded('/api/deadline-rules', [{ ...ACCEPTANCE, days: 5 }, COURT_DISPATCH, LABOUR]);
    expect(textOf(rowOf('受理期限'))).toContain('5 日');
  });
});
