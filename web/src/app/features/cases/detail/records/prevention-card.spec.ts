import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CASE_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { formItemOf, textOf, typeInto } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import { PreventionCard } from './prevention-card';

const MEDIATING = caseDetail({ status: 'in_mediation', acceptedAt: '2026-03-01T02:00:00.000Z' });

describe('PreventionCard (防止情况)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PreventionCard>;
  let changed: number;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;
  const box = (kind: string) => modal().querySelector<HTMLInputElement>(`#prevent-${kind}`)!;
  const persons = (kind: string) => modal().querySelector<HTMLInputElement>(`#prevent-${kind}-persons`)!;

  async function open(detail: CaseDetail = MEDIATING, canChange = true): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PreventionCard);
    fixture.componentRef.setInput('detail', detail);
    fixture.componentRef.setInput('canChange', canChange);
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    fixture.detectChanges();
    await stable();
  }

  function button(text: string, within: ParentNode = root()): HTMLButtonElement {
    const found = Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  async function openDialog(): Promise<void> {
    button('记录防止情况').click();
    await stable();
  }

  async function save(): Promise<void> {
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
  }

  async function tick(kind: string): Promise<void> {
    box(kind).click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('shows what the case prevented, in the order of the monthly report', async () => {
    await open({ ...MEDIATING, prevention: { suicide: 1, criminal: 2 } });
    const tags = Array.from(root().querySelectorAll('nz-tag')).map((t) => t.textContent?.trim());
    expect(tags).toEqual(['防止民转刑：2人', '防止因纠纷引起自杀：1人']);
  });

  it('says nothing is recorded yet, and offers no form outside the case team', async () => {
    await open(MEDIATING, false);
    expect(textOf(root())).toContain('尚未记录');
    expect(root().querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for the persons of a ticked indicator, then sends only the ticked ones', async () => {
    await open();
    await openDialog();
    expect(persons('criminal').disabled).toBe(true);
    await tick('criminal');
    await tick('group_petition');
    await save();
    expect(textOf(formItemOf(modal(), 'prevent-criminal-persons'))).toContain('请填写人数');
    http.expectNone(`/api/cases/${CASE_ID}/prevention`);

    typeInto(persons('criminal'), '2.5');
    await save();
    expect(textOf(formItemOf(modal(), 'prevent-criminal-persons'))).toContain('人数须为不小于1的整数');
    http.expectNone(`/api/cases/${CASE_ID}/prevention`);

    typeInto(persons('criminal'), '3');
    typeInto(persons('group_petition'), '12');
    await save();
    const request = http.expectOne(`/api/cases/${CASE_ID}/prevention`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      items: [
        { kind: 'criminal', persons: 3 },
        { kind: 'group_petition', persons: 12 },
      ],
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(changed).toBe(1);
    expect(document.querySelector('.ant-modal')).toBeNull();
  });

  it('starts from the recorded indicators, and clears them with an empty list when all are unticked', async () => {
    await open({ ...MEDIATING, prevention: { group_fight: 8 } });
    await openDialog();
    expect(box('group_fight').checked).toBe(true);
    expect(persons('group_fight').value).toBe('8');
    await tick('group_fight');
    await save();
    const request = http.expectOne(`/api/cases/${CASE_ID}/prevention`);
    expect(request.request.body).toEqual({ items: [] });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(changed).toBe(1);
  });
});
