import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CASE_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { textOf, typeInto } from '../../../../../testing/dom';
import { errorBody } from '../../../../../testing/fixtures';
import { provideTestApp } from '../../../../../testing/providers';
import { UndisputedFactsCard } from './undisputed-facts-card';

const TERMINATED = caseDetail({ status: 'terminated', allowedActions: [] });

describe('UndisputedFactsCard (无争议事实)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<UndisputedFactsCard>;
  let changed: number;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;
  const textarea = () => modal().querySelector<HTMLInputElement>('#undisputed-facts')!;

  async function open(detail: CaseDetail = TERMINATED, canChange = true): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UndisputedFactsCard);
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

  async function save(): Promise<void> {
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('says nothing is recorded yet, and shows the facts once they are', async () => {
    await open();
    expect(textOf(root())).toContain('尚未记录。调解不成时，可记录双方均无争议的事实');
    fixture.componentRef.setInput('detail', { ...TERMINATED, undisputedFacts: '借款本金五万元属实。' });
    await stable();
    expect(textOf(root())).toContain('借款本金五万元属实。');
    expect(button('修改无争议事实')).toBeTruthy();
  });

  it('offers no form to someone outside the case team', async () => {
    await open(TERMINATED, false);
    expect(root().querySelectorAll('button')).toHaveLength(0);
  });

  it('asks for the facts, refuses more than 10000 characters, then sends the exact body', async () => {
    await open();
    button('记录无争议事实').click();
    await stable();
    await save();
    expect(textOf(modal())).toContain('请填写无争议事实');
    typeInto(textarea(), '字'.repeat(10001));
    await save();
    expect(textOf(modal())).toContain('最多 10000 个字');
    http.expectNone(`/api/cases/${CASE_ID}/undisputed-facts`);

    typeInto(textarea(), '  双方确认借款本金五万元属实。 ');
    await save();
    const request = http.expectOne(`/api/cases/${CASE_ID}/undisputed-facts`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ text: '双方确认借款本金五万元属实。' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(changed).toBe(1);
    expect(document.querySelector('.ant-modal')).toBeNull();
  });

  it('starts from the recorded facts and keeps the dialog open with the reason when saving fails', async () => {
    await open({ ...TERMINATED, undisputedFacts: '借款本金五万元属实。' });
    button('修改无争议事实').click();
    await stable();
    expect(textarea().value).toBe('借款本金五万元属实。');
    await save();
    http
      .expectOne(`/api/cases/${CASE_ID}/undisputed-facts`)
      .flush(errorBody(403, 'NOT_ON_CASE_TEAM', '您不在本案的办案组中'), {
        status: 403,
        statusText: 'Forbidden',
      });
    await stable();
    expect(textOf(modal())).toContain('您不在本案的办案组中');
    expect(changed).toBe(0);
  });
});
