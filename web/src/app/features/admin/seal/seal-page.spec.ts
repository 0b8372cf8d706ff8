import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { COMMITTEE_ID, DIRECTOR, clearOverlays, openAdmin } from '../../../../testing/admin-fixtures';
import { buttonByText, textOf, typeInto } from '../../../../testing/dom';
import { errorBody } from '../../../../testing/fixtures';
import type { SealUses } from '../../../core/api/seal-api';

const USES = `/api/organisations/${COMMITTEE_ID}/seal-uses`;
const REGISTERED: SealUses = {
  seal: { sha256: 'ab'.repeat(32), custodian: '赵德明', registeredAt: '2026-11-02T01:30:00.000Z' },
  uses: [
    {
      at: '2026-11-20T06:05:00.000Z',
      agreementNumber: '(2026)枫调协字第0031号',
      caseNumber: '(2026)枫调字第0031号',
      by: '赵德明',
      registeredSeal: true,
    },
  ],
};

describe('SealPage (印章登记)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const fileInput = () => root().querySelector<HTMLInputElement>('#seal-file')!;

  async function open(uses: SealUses): Promise<void> {
    ({ http, harness } = await openAdmin('/admin/seal', DIRECTOR));
    http.expectOne(USES).flush(uses);
    await stable();
  }

  function choose(file: File): void {
    Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
    fileInput().dispatchEvent(new Event('change'));
  }

  beforeAll(() => {
    // jsdom has no object URLs.
    URL.createObjectURL = () => 'blob:seal';
    URL.revokeObjectURL = () => undefined;
  });

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows the registered seal, its custodian and every use', async () => {
    await open(REGISTERED);
    const text = textOf(root());
    expect(text).toContain('赵德明');
    expect(text).toContain('2026-11-02 09:30');
    expect(text).toContain('abababababababab');
    expect(text).toContain('(2026)枫调协字第0031号');
    expect(text).toContain('登记印章');
    expect(buttonByText(root(), '更换印章')).toBeTruthy();
  });

  it('says when no seal is registered, and refuses a file that is not a PNG before uploading', async () => {
    await open({ seal: null, uses: [] });
    expect(textOf(root())).toContain('尚未登记印章图片');
    choose(new File(['x'], 'seal.jpg', { type: 'image/jpeg' }));
    await stable();
    expect(textOf(root())).toContain('请选择 PNG 图片');
    buttonByText(root(), '登记印章').click();
    await stable();
    expect(textOf(root())).toContain('请选择印章图片');
  });

  it('uploads the PNG with its custodian, and shows what the API refused', async () => {
    await open({ seal: null, uses: [] });
    choose(new File([new Uint8Array([137, 80, 78, 71])], 'seal.png', { type: 'image/png' }));
    typeInto(root().querySelector<HTMLInputElement>('#seal-custodian')!, '赵德明');
    await stable();
    expect(root().querySelector('img.seal-preview')).toBeTruthy();
    buttonByText(root(), '登记印章').click();
    await stable();
    const put = http.expectOne({ method: 'PUT', url: `/api/organisations/${COMMITTEE_ID}/seal` });
    const body = put.request.body as FormData;
    expect(body.get('custodian')).toBe('赵德明');
    expect((body.get('file') as File).name).toBe('seal.png');
    put.flush(errorBody(422, 'IMAGE_UNREADABLE', '印章图片无法识别,请重新扫描'), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await stable();
    expect(textOf(root())).toContain('印章图片无法识别,请重新扫描');
  });
});
