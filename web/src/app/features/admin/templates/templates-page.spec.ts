import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import {
  COMMITTEE_ID,
  COUNTY_WITH_COMMITTEE,
  DIRECTOR,
  OFFICE_ID,
  SYSTEM_ADMIN,
  clearOverlays,
  openAdmin,
} from '../../../../testing/admin-fixtures';
import { buttonByText, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { Me } from '../../../core/api/api-types';
import type { TemplateSource, TemplateSummary } from '../../../core/api/templates-api';

const LIST_URL = `/api/organisations/${COMMITTEE_ID}/templates`;
const AGREEMENT_URL = `${LIST_URL}/agreement`;
const APPLICATION_URL = `${LIST_URL}/application`;

const AGREEMENT: TemplateSummary = {
  name: 'agreement',
  title: '人民调解协议书',
  overridden: true,
  origin: 'own',
};
const APPLICATION: TemplateSummary = {
  name: 'application',
  title: '人民调解申请书',
  overridden: false,
  origin: 'inherited',
};
const RIGHTS: TemplateSummary = {
  name: 'rights-notice',
  title: '当事人权利义务告知书',
  overridden: false,
  origin: 'default',
};
const LIST = [AGREEMENT, APPLICATION, RIGHTS];

const OWN_SOURCE = '# 人民调解协议书\n\n{{#each parties}}\n当事人:{{name}}\n{{/each}}\n';
const DEFAULT_SOURCE = '# 人民调解协议书\n\n{{#each parties}}\n{{name}}\n{{/each}}\n';
const OWN_AGREEMENT: TemplateSource = { ...AGREEMENT, source: OWN_SOURCE };
const APPLICATION_SOURCE: TemplateSource = { ...APPLICATION, source: '# 人民调解申请书\n' };

const UNKNOWN_VARIABLE =
  '第 4 行使用了未知的变量“partyNames”。可用的变量:parties、terms、committee、case、agreement';

function pdf(): Blob {
  return new Blob(['%PDF-1.7\n'], { type: 'application/pdf' });
}

/** A refusal as it reaches a `responseType: 'blob'` request: the JSON error body as a Blob. */
function refuseAsBlob(request: TestRequest, message: string): void {
  request.flush(
    new Blob([JSON.stringify(errorBody(422, 'TEMPLATE_INVALID', message))], { type: 'application/json' }),
    {
      status: 422,
      statusText: 'Unprocessable Entity',
    },
  );
}

describe('TemplatesPage (文书模板)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let createObjectURL: jest.Mock<string, [Blob]>;
  let revokeObjectURL: jest.Mock<void, [string]>;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const confirmButtons = () => modal().querySelector<HTMLElement>('.ant-modal-confirm-btns')!;
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('tr.template-row'));
  const rowOf = (text: string) => {
    const row = rows().find((tr) => textOf(tr).includes(text));
    if (!row) throw new Error(`No row with ${text}`);
    return row;
  };
  const editor = () => root().querySelector<HTMLTextAreaElement>('textarea[aria-label="模板内容"]');
  const editButton = (title: string) =>
    root().querySelector<HTMLButtonElement>(`button[aria-label="编辑 ${title}"]`)!;
  const alertText = () =>
    textOf(root().querySelector<HTMLElement>('[role="alert"]') ?? document.createElement('p'));
  const iframe = () => root().querySelector<HTMLIFrameElement>('iframe');

  /** Chooses `label` in the organisation selector; the list then loads, so this does not wait for stability. */
  async function chooseScope(label: string): Promise<void> {
    (root().querySelector('#templates-organisation')!.closest('nz-select') as HTMLElement).click();
    let option: HTMLElement | undefined;
    for (let round = 0; round < 10 && !option; round++) {
      await stable();
      option = Array.from(document.querySelectorAll<HTMLElement>('nz-option-item')).find(
        (item) => item.textContent?.trim() === label,
      );
    }
    if (!option) throw new Error(`No organisation "${label}"`);
    option.click();
    harness.fixture.detectChanges();
    await settle();
  }

  async function open(user: Me): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/templates', user));
  }

  async function openAsDirector(): Promise<void> {
    await open(DIRECTOR);
    http.expectOne(LIST_URL).flush(LIST);
    await stable();
  }

  async function edit(title: string, url: string, source: TemplateSource): Promise<void> {
    editButton(title).click();
    await stable();
    http.expectOne(url).flush(source);
    await stable();
  }

  async function type(value: string): Promise<void> {
    typeInto(editor() as unknown as HTMLInputElement, value);
    await stable();
  }

  /**
   * After a save or reset the list reloads: the page is stable only once it is answered, so this
   * answers it without waiting for stability first.
   */
  async function reloaded(url: string, list: TemplateSummary[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne(url).flush(list);
    await stable();
  }

  /** Lets the refusal's Blob be read (an await outside Angular) and the page render it. */
  async function afterBlobRead(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await settle();
      await stable();
    }
  }

  beforeEach(() => {
    // jsdom has no object URLs.
    let made = 0;
    createObjectURL = jest.fn((_blob: Blob) => `blob:preview-${++made}`);
    revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists a director’s templates with where each version comes from, on his own committee', async () => {
    await openAsDirector();
    http.expectNone('/api/organisations');
    expect(root().querySelector('#templates-organisation')).toBeNull();
    const text = textOf(root());
    expect(text).toContain('本组织:枫桥镇人民调解委员会');
    expect(text).toContain(
      '模板决定打印文书的版式和文字。保存前系统用示例案件(含最多 10 位当事人、50 项条款)检查,不能生成文书的模板不会保存。',
    );
    expect(rows()).toHaveLength(3);
    expect(textOf(rowOf('人民调解协议书'))).toContain('本组织');
    expect(textOf(rowOf('人民调解申请书'))).toContain('继承上级');
    expect(textOf(rowOf('当事人权利义务告知书'))).toContain('默认');
    expect(rowOf('人民调解协议书').querySelector('.mono')?.textContent?.trim()).toBe('agreement');
    expect(editButton('当事人权利义务告知书').textContent?.trim()).toBe('编辑');
  });

  it('opens a template with its source, and offers 恢复默认 on its own version only', async () => {
    await openAsDirector();
    editButton('人民调解协议书').click();
    await stable();
    expect(editButton('人民调解协议书').classList).toContain('ant-btn-loading');
    http.expectOne(AGREEMENT_URL).flush(OWN_AGREEMENT);
    await stable();
    expect(rows()).toHaveLength(0);
    expect(editor()!.value).toBe(OWN_SOURCE);
    expect(editor()!.getAttribute('spellcheck')).toBe('false');
    expect(editor()!.getAttribute('rows')).toBe('24');
    expect(textOf(root())).toContain('人民调解协议书');
    expect(textOf(root())).toContain('点“预览”查看用示例案件生成的文书。');
    expect(buttonByText(root(), '恢复默认')).toBeTruthy();
    // Nothing changed yet: nothing to save.
    expect(buttonByText(root(), '保存').disabled).toBe(true);

    // Back without edits: no question asked.
    buttonByText(root(), '返回列表').click();
    await stable();
    expect(document.querySelector('.ant-modal')).toBeNull();
    await edit('人民调解申请书', APPLICATION_URL, APPLICATION_SOURCE);
    expect(editor()!.value).toBe('# 人民调解申请书\n');
    expect(() => buttonByText(root(), '恢复默认')).toThrow();
  });

  it('previews what is typed as a PDF beside the source, and lets it open in a new window', async () => {
    await openAsDirector();
    await edit('人民调解协议书', AGREEMENT_URL, OWN_AGREEMENT);
    const edited = OWN_SOURCE.replace('当事人', '申请人');
    await type(edited);

    buttonByText(root(), '预览').click();
    await stable();
    const request = http.expectOne(`${AGREEMENT_URL}/preview`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ source: edited });
    expect(request.request.responseType).toBe('blob');
    expect(buttonByText(root(), '预览').classList).toContain('ant-btn-loading');
    expect(buttonByText(root(), '保存').disabled).toBe(true);
    const file = pdf();
    request.flush(file);
    await stable();
    expect(createObjectURL).toHaveBeenCalledWith(file);
    expect(iframe()?.getAttribute('src')).toBe('blob:preview-1');
    expect(iframe()?.getAttribute('title')).toBe('人民调解协议书预览');
    const link = Array.from(root().querySelectorAll<HTMLAnchorElement>('a')).find(
      (a) => a.textContent?.trim() === '在新窗口打开',
    )!;
    expect(link.getAttribute('href')).toBe('blob:preview-1');
    expect(link.target).toBe('_blank');
    expect(textOf(root())).not.toContain('模板内容已修改');

    // Typing on: the preview says it shows the earlier text; the next one replaces it.
    await type(`${edited}\n(完)`);
    expect(textOf(root())).toContain('模板内容已修改,点“预览”查看修改后的效果。');
    buttonByText(root(), '预览').click();
    await stable();
    http.expectOne(`${AGREEMENT_URL}/preview`).flush(pdf());
    await stable();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    expect(iframe()?.getAttribute('src')).toBe('blob:preview-2');
    expect(textOf(root())).not.toContain('模板内容已修改');
  });

  it('shows the API’s refusal of a preview word for word and keeps the text', async () => {
    await openAsDirector();
    await edit('人民调解协议书', AGREEMENT_URL, OWN_AGREEMENT);
    const broken = `${OWN_SOURCE}{{partyNames}}\n`;
    await type(broken);
    buttonByText(root(), '预览').click();
    await stable();
    refuseAsBlob(http.expectOne(`${AGREEMENT_URL}/preview`), UNKNOWN_VARIABLE);
    await afterBlobRead();
    expect(alertText()).toContain(UNKNOWN_VARIABLE);
    expect(editor()!.value).toBe(broken);
    expect(iframe()).toBeNull();
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(buttonByText(root(), '预览').disabled).toBe(false);
  });

  it('saves with PUT, says so and shows the list’s new origin on the way back', async () => {
    await openAsDirector();
    await edit('人民调解申请书', APPLICATION_URL, APPLICATION_SOURCE);
    await type('# 人民调解申请书(枫桥)\n');
    buttonByText(root(), '保存').click();
    await stable();
    const request = http.expectOne(APPLICATION_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ source: '# 人民调解申请书(枫桥)\n' });
    expect(buttonByText(root(), '保存').classList).toContain('ant-btn-loading');
    request.flush({ ...APPLICATION, overridden: true, origin: 'own', source: '# 人民调解申请书(枫桥)\n' });
    await reloaded(LIST_URL, [AGREEMENT, { ...APPLICATION, overridden: true, origin: 'own' }, RIGHTS]);
    expect(textOf(document.body)).toContain('模板已保存');
    expect(textOf(root())).toContain('本组织');
    // Now its own version: it may go back to the inherited one.
    expect(buttonByText(root(), '恢复默认')).toBeTruthy();
    expect(buttonByText(root(), '保存').disabled).toBe(true);

    buttonByText(root(), '返回列表').click();
    await stable();
    expect(textOf(rowOf('人民调解申请书'))).toContain('本组织');
  });

  it('keeps the text and shows the message when the API refuses to save the template', async () => {
    await openAsDirector();
    await edit('人民调解协议书', AGREEMENT_URL, OWN_AGREEMENT);
    const broken = `${OWN_SOURCE}{{#each terms}}\n`;
    await type(broken);
    buttonByText(root(), '保存').click();
    await stable();
    const message = '模板第 6 行有语法错误:{{#each}} 没有对应的 {{/each}}';
    http.expectOne(AGREEMENT_URL).flush(errorBody(422, 'TEMPLATE_INVALID', message), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await stable();
    expect(alertText()).toContain(message);
    expect(editor()!.value).toBe(broken);
    expect(textOf(document.body)).not.toContain('模板已保存');
    expect(buttonByText(root(), '保存').disabled).toBe(false);
  });

  it('goes back to the inherited or default version after a confirmation, with DELETE', async () => {
    await openAsDirector();
    await edit('人民调解协议书', AGREEMENT_URL, OWN_AGREEMENT);
    buttonByText(root(), '恢复默认').click();
    await stable();
    expect(textOf(modal())).toContain('恢复“人民调解协议书”的默认模板?');
    http.expectNone(AGREEMENT_URL);
    buttonByText(confirmButtons(), '恢复默认').click();
    await stable();
    const request = http.expectOne(AGREEMENT_URL);
    expect(request.request.method).toBe('DELETE');
    request.flush({ ...AGREEMENT, overridden: false, origin: 'default', source: DEFAULT_SOURCE });
    await reloaded(LIST_URL, [{ ...AGREEMENT, overridden: false, origin: 'default' }, APPLICATION, RIGHTS]);
    expect(textOf(document.body)).toContain('已恢复默认');
    expect(editor()!.value).toBe(DEFAULT_SOURCE);
    expect(() => buttonByText(root(), '恢复默认')).toThrow();
  });

  it('asks before giving up edits on the way back to the list', async () => {
    await openAsDirector();
    await edit('人民调解协议书', AGREEMENT_URL, OWN_AGREEMENT);
    await type(`${OWN_SOURCE}(完)`);
    buttonByText(root(), '预览').click();
    await stable();
    http.expectOne(`${AGREEMENT_URL}/preview`).flush(pdf());
    await stable();

    buttonByText(root(), '返回列表').click();
    await stable();
    expect(textOf(modal())).toContain('放弃未保存的修改?');
    buttonByText(confirmButtons(), '继续编辑').click();
    await stable();
    await settle();
    expect(editor()!.value).toBe(`${OWN_SOURCE}(完)`);

    buttonByText(root(), '返回列表').click();
    await stable();
    buttonByText(confirmButtons(), '放弃修改').click();
    await stable();
    expect(editor()).toBeNull();
    expect(rows()).toHaveLength(3);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    http.expectNone(AGREEMENT_URL);
  });

  it('lets the administrator choose the organisation (the mediation tree, no referring body) first', async () => {
    await open(SYSTEM_ADMIN);
    http.expectOne('/api/organisations').flush(COUNTY_WITH_COMMITTEE);
    await stable();
    http.expectNone((request) => request.url.includes('/templates'));
    expect(textOf(root())).toContain('请先在上方选择组织');
    expect(textOf(root())).toContain('在司法局、司法所修改的模板,下属调解组织没有自行修改的都会沿用。');
    expect(textOf(root())).not.toContain('本组织:');

    (root().querySelector('#templates-organisation')!.closest('nz-select') as HTMLElement).click();
    for (let round = 0; round < 5; round++) await stable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('nz-option-item')).map((item) =>
      item.textContent?.trim(),
    );
    expect(options).toEqual(['诸暨市司法局', '枫桥镇司法所', '枫桥镇人民调解委员会', '老杨调解中心']);
    (root().querySelector('#templates-organisation')!.closest('nz-select') as HTMLElement).click();
    await stable();

    await chooseScope('枫桥镇司法所');
    http
      .expectOne(`/api/organisations/${OFFICE_ID}/templates`)
      .flush([{ ...AGREEMENT, overridden: false, origin: 'inherited' }]);
    await stable();
    expect(rows()).toHaveLength(1);
    editButton('人民调解协议书').click();
    await stable();
    http.expectOne(`/api/organisations/${OFFICE_ID}/templates/agreement`).flush({
      ...OWN_AGREEMENT,
      overridden: false,
      origin: 'inherited',
    });
    await stable();
    expect(editor()!.value).toBe(OWN_SOURCE);
    // While a template is open, the organisation stays.
    expect(root().querySelector('#templates-organisation')).toBeNull();
    await type(`${OWN_SOURCE}(完)`);
    buttonByText(root(), '保存').click();
    await stable();
    const put = http.expectOne(`/api/organisations/${OFFICE_ID}/templates/agreement`);
    expect(put.request.method).toBe('PUT');
    put.flush({ ...OWN_AGREEMENT, source: `${OWN_SOURCE}(完)` });
    await reloaded(`/api/organisations/${OFFICE_ID}/templates`, [AGREEMENT]);
    expect(textOf(document.body)).toContain('模板已保存');
  });
});
