import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import {
  COUNTY_TREE,
  COURT_ID,
  SYSTEM_ADMIN,
  clearOverlays,
  openAdmin,
} from '../../../../testing/admin-fixtures';
import { buttonByText, chooseOption, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import { settle } from '../../../../testing/providers';
import type { ApiKeySummary } from '../../../core/api/api-keys-api';

const KEY: ApiKeySummary = {
  id: 'd0000000-0000-4000-8000-000000000001',
  organisationId: COURT_ID,
  organisationName: '诸暨市人民法院',
  name: '诉前调解平台',
  prefix: 'tj_Ab3dE9x',
  createdAt: '2026-11-01T01:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-12-03T16:05:00.000Z',
};
const OLD_KEY: ApiKeySummary = {
  ...KEY,
  id: 'd0000000-0000-4000-8000-000000000002',
  name: '旧平台',
  prefix: 'tj_Zz9yX8w',
  revokedAt: '2026-11-02T02:00:00.000Z',
  lastUsedAt: null,
};

describe('ApiKeysPage (接口密钥)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => Array.from(document.querySelectorAll<HTMLElement>('.ant-modal')).at(-1)!;
  const footer = () => modal().querySelector<HTMLElement>('.ant-modal-footer, .ant-modal-confirm-btns')!;
  const rows = () => Array.from(root().querySelectorAll<HTMLElement>('tr.key-row'));

  async function open(keys: ApiKeySummary[]): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/api-keys', SYSTEM_ADMIN));
    http.expectOne('/api/api-keys').flush(keys);
    http.expectOne('/api/organisations').flush(COUNTY_TREE);
    await stable();
  }

  async function reloaded(keys: ApiKeySummary[]): Promise<void> {
    harness.fixture.detectChanges();
    await settle();
    http.expectOne('/api/api-keys').flush(keys);
    await stable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('lists the keys by prefix, with their use in China time and whether they were revoked', async () => {
    await open([KEY, OLD_KEY]);
    expect(rows()).toHaveLength(2);
    const [valid, revoked] = rows().map(textOf);
    expect(valid).toContain('诉前调解平台');
    expect(valid).toContain('诸暨市人民法院');
    expect(valid).toContain('tj_Ab3dE9x…');
    expect(valid).toContain('2026-11-01 09:00');
    expect(valid).toContain('2026-12-04 00:05');
    expect(valid).toContain('有效');
    expect(revoked).toContain('已于 2026-11-02 10:00 吊销');
    expect(revoked).toContain('从未使用');
    // A revoked key has nothing left to revoke.
    expect(() => buttonByText(rows()[1], '吊销')).toThrow();
  });

  it('creates a key for a referring body and shows the key once', async () => {
    await open([]);
    expect(textOf(root())).toContain('暂无接口密钥');
    buttonByText(root(), '新建密钥').click();
    await stable();
    // Only referring bodies hold keys: the court, not the bureau or the centre.
    (document.querySelector('#api-key-organisation')!.closest('nz-select') as HTMLElement).click();
    for (let round = 0; round < 5; round++) await stable();
    expect(
      Array.from(document.querySelectorAll('nz-option-item')).map((item) => item.textContent?.trim()),
    ).toEqual(['诸暨市人民法院']);
    await chooseOption(document.body, 'api-key-organisation', '诸暨市人民法院', stable);
    typeInto(document.querySelector<HTMLInputElement>('#api-key-name')!, '诉前调解平台');
    await stable();
    buttonByText(footer(), '创建').click();
    await stable();
    const request = http.expectOne('/api/api-keys');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ organisationId: COURT_ID, name: '诉前调解平台' });
    request.flush({ id: KEY.id, key: 'tj_Ab3dE9xSECRETSECRETSECRET', prefix: KEY.prefix });
    await reloaded([KEY]);
    expect(textOf(modal())).toContain('“诉前调解平台”的接口密钥');
    expect(textOf(modal())).toContain('tj_Ab3dE9xSECRETSECRETSECRET');
    buttonByText(footer(), '我已记下').click();
    await stable();
    await settle();
    expect(textOf(document.body)).not.toContain('SECRETSECRET');
  });

  it('shows the API’s refusal in the dialog and keeps the form', async () => {
    await open([]);
    buttonByText(root(), '新建密钥').click();
    await stable();
    await chooseOption(document.body, 'api-key-organisation', '诸暨市人民法院', stable);
    typeInto(document.querySelector<HTMLInputElement>('#api-key-name')!, '诉前调解平台');
    await stable();
    buttonByText(footer(), '创建').click();
    await stable();
    http
      .expectOne('/api/api-keys')
      .flush(errorBody(422, 'NOT_REFERRING_BODY', '只能为法院、派出所、信访等移交单位创建接口密钥'), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });
    await stable();
    expect(textOf(modal())).toContain('只能为法院、派出所、信访等移交单位创建接口密钥');
    expect(document.querySelector<HTMLInputElement>('#api-key-name')!.value).toBe('诉前调解平台');
  });

  it('revokes a key after a confirmation', async () => {
    await open([KEY]);
    buttonByText(rows()[0], '吊销').click();
    await stable();
    expect(textOf(modal())).toContain('吊销密钥“诉前调解平台”?');
    expect(textOf(modal())).toContain('此操作不能撤销');
    http.expectNone(`/api/api-keys/${KEY.id}`);
    buttonByText(footer(), '吊销').click();
    await stable();
    const request = http.expectOne(`/api/api-keys/${KEY.id}`);
    expect(request.request.method).toBe('DELETE');
    expect(buttonByText(rows()[0], '吊销').disabled).toBe(true);
    request.flush(null, { status: 204, statusText: 'No Content' });
    await reloaded([{ ...KEY, revokedAt: '2026-12-04T02:00:00.000Z' }]);
    expect(textOf(rows()[0])).toContain('已于 2026-12-04 10:00 吊销');
  });
});
