import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDetail } from '../../../../core/api/api-types';
import { APPLICANT_ID, CASE_ID, RESPONDENT_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { chooseOption, textOf, typeInto } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import { FormControl, FormGroup } from '@angular/forms';
import { By } from '@angular/platform-browser';
import { ConsentDialog } from './consent-dialog';
import { ConsentsCard } from './consents-card';

const record = (
  partyId: string,
  kind: CaseDetail['consents'][number]['kind'],
  given: boolean,
  at: string,
): CaseDetail['consents'][number] => ({
  id: `${partyId.slice(0, 30)}${kind.length}${at.slice(11, 13)}`,
  partyId,
  kind,
  given,
  method: 'oral',
  at,
  note: null,
  recordedByName: '杨建国',
});

/** The applicant told and agreeing to public mediation, then withdrawing; the respondent not told yet. */
const DETAIL = caseDetail({
  consents: [
    record(APPLICANT_ID, 'rights_notice', true, '2026-03-01T01:00:00.000Z'),
    record(APPLICANT_ID, 'public_mediation', true, '2026-03-01T02:00:00.000Z'),
    record(APPLICANT_ID, 'public_mediation', false, '2026-03-02T02:00:00.000Z'),
  ],
});

describe('ConsentsCard (告知与同意)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ConsentsCard>;
  let changed: number;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(detail: CaseDetail = DETAIL, canRecord = true): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConsentsCard);
    fixture.componentRef.setInput('detail', detail);
    fixture.componentRef.setInput('canRecord', canRecord);
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

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('shows what holds now for each party, and who still waits for the rights notice', async () => {
    await open();
    const rows = Array.from(root().querySelectorAll('.party')).map((row) => textOf(row as HTMLElement));
    expect(rows[0]).toContain('送达权利义务告知书(口头,当事人已确认)');
    // The withdrawal supersedes the consent: only the latest of a kind is shown.
    expect(rows[0]).toContain('不同意公开调解(口头)');
    expect(rows[0]).not.toContain('· 2026-03-01 10:00');
    expect(rows[0]).not.toContain('未送达');
    expect(rows[1]).toContain('未送达权利义务告知书');
  });

  it('records a consent: the parties, the matter, yes or no, how, and a note', async () => {
    await open();
    button('记录告知或同意').click();
    await stable();
    // Nothing chosen yet: the dialog says what is missing and sends nothing.
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    expect(textOf(modal())).toContain('请选择当事人');
    expect(textOf(modal())).toContain('请选择事项');
    await chooseOption(modal(), 'consent-parties', '被申请人 沈翊珩', stable);
    await chooseOption(modal(), 'consent-kind', '送达权利义务告知书', stable);
    await chooseOption(modal(), 'consent-method', '电话', stable);
    // Told by phone yesterday: the time is the one given (picked on the calendar), not the record's.
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setSeconds(0, 0);
    const dialog = fixture.debugElement.query(By.directive(ConsentDialog)).componentInstance as unknown as {
      form: FormGroup<{ at: FormControl<Date | null> }>;
    };
    dialog.form.controls.at.setValue(new Date(Date.now() + 3_600_000));
    await stable();
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    expect(textOf(modal())).toContain('时间不能晚于现在');
    http.expectNone(`/api/cases/${CASE_ID}/consents`);
    dialog.form.controls.at.setValue(yesterday);
    typeInto(modal().querySelector<HTMLInputElement>('#consent-note')!, '电话告知,次日补签');
    await stable();
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/consents`);
    expect(request.request.body).toEqual({
      partyIds: [RESPONDENT_ID],
      kind: 'rights_notice',
      given: true,
      method: 'phone',
      at: yesterday.toISOString(),
      note: '电话告知,次日补签',
    });
    request.flush(DETAIL);
    await stable();
    expect(changed).toBe(1);
  });

  it('offers no recording to a reader outside intake and the case team', async () => {
    await open(DETAIL, false);
    expect(Array.from(root().querySelectorAll('button')).map((b) => b.textContent?.trim())).not.toContain(
      '记录告知或同意',
    );
  });
});
