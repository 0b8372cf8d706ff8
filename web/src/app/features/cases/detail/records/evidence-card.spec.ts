import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Evidence } from '../../../../core/api/api-types';
import { CASE_ID } from '../../../../../testing/case-fixtures';
import { textOf, typeInto } from '../../../../../testing/dom';
import { errorBody } from '../../../../../testing/fixtures';
import { provideTestApp } from '../../../../../testing/providers';
import { EvidenceCard } from './evidence-card';

const LIST = `/api/cases/${CASE_ID}/evidence`;

const piece = (overrides: Partial<Evidence> = {}): Evidence => ({
  id: 'e1',
  caseId: CASE_ID,
  description: '天花板受损的现场照片',
  source: 'party',
  sensitivity: 'normal',
  obtainedOn: '2026-11-28',
  filename: '现场照片.jpg',
  contentType: 'image/jpeg',
  size: 320 * 1024,
  pages: 1,
  sha256: 'a'.repeat(64),
  mayOpen: true,
  uploadedAt: '2026-11-29T02:00:00.000Z',
  ...overrides,
});

describe('EvidenceCard (证据材料)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EvidenceCard>;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(pieces: Evidence[], canAdd = true): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EvidenceCard);
    fixture.componentRef.setInput('caseId', CASE_ID);
    fixture.componentRef.setInput('canAdd', canAdd);
    fixture.detectChanges();
    http.expectOne(LIST).flush(pieces);
    await stable();
  }

  function button(text: string, within: ParentNode = root()): HTMLButtonElement {
    const found = Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  function choose(file: File): void {
    const input = modal().querySelector<HTMLInputElement>('#evidence-file')!;
    Object.defineProperty(input, 'files', { value: { item: () => file, length: 1 }, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  async function save(): Promise<void> {
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('lists each piece with its source, size and date, and links the file when it may be opened', async () => {
    await open([
      piece(),
      piece({
        id: 'e2',
        description: '〔敏感案件,内容仅限办案人员查阅〕',
        sensitivity: 'sensitive',
        mayOpen: false,
      }),
    ]);
    const text = textOf(root());
    expect(text).toContain('天花板受损的现场照片');
    expect(text).toContain('当事人提交 · 320 KB');
    expect(text).toContain('取得于 2026-11-28');
    expect(text).toContain('敏感');
    const links = root().querySelectorAll<HTMLAnchorElement>('a[href]');
    expect(Array.from(links).map((a) => a.getAttribute('href'))).toEqual(['/api/evidence/e1/file']);
  });

  it('says there is none yet, and offers no button outside the case team', async () => {
    await open([], false);
    expect(textOf(root())).toContain('尚无证据材料');
    expect(root().querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for a file and what it proves, refuses a file over 10 MB, then sends the form', async () => {
    await open([]);
    button('添加证据').click();
    await stable();
    await save();
    expect(textOf(modal())).toContain('请选择要上传的证据文件');
    expect(textOf(modal())).toContain('请填写这份证据证明什么');
    choose(new File([new Uint8Array(10 * 1024 * 1024 + 1)], '太大.pdf', { type: 'application/pdf' }));
    await stable();
    expect(textOf(modal())).toContain('“太大.pdf”超过 10 MB');
    http.expectNone(LIST);

    choose(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '病历.png', { type: 'image/png' }));
    typeInto(modal().querySelector<HTMLInputElement>('#evidence-description')!, ' 住院病历 ');
    modal().querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await save();
    const request = http.expectOne((r) => r.url === LIST && r.method === 'POST');
    const body = request.request.body as FormData;
    expect(body.get('description')).toBe('住院病历');
    expect(body.get('source')).toBe('party');
    expect(body.get('sensitivity')).toBe('sensitive');
    expect(body.get('obtainedOn')).toBeNull();
    expect((body.get('file') as File).name).toBe('病历.png');
    request.flush(piece({ description: '住院病历', sensitivity: 'sensitive' }), {
      status: 201,
      statusText: 'Created',
    });
    await stable();
    http.expectOne(LIST).flush([piece({ description: '住院病历', sensitivity: 'sensitive' })]);
    await stable();
    expect(document.querySelector('.ant-modal')).toBeNull();
    expect(textOf(root())).toContain('住院病历');
  });

  it('keeps the dialog open with the API’s reason when the file is refused', async () => {
    await open([]);
    button('添加证据').click();
    await stable();
    choose(new File([new Uint8Array([1, 2, 3])], '照片.png', { type: 'image/png' }));
    typeInto(modal().querySelector<HTMLInputElement>('#evidence-description')!, '现场照片');
    await save();
    http
      .expectOne((r) => r.url === LIST && r.method === 'POST')
      .flush(errorBody(422, 'SCAN_UNREADABLE', '扫描件已损坏或不完整,无法读取,请重新扫描上传'), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });
    await stable();
    expect(textOf(modal())).toContain('扫描件已损坏或不完整');
  });
});
