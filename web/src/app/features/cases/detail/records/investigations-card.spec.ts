import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDetail } from '../../../../core/api/api-types';
import type { Investigation } from '../../../../core/api/cases-api';
import { CASE_ID, caseDetail, RESPONDENT_ID, YANG_ROSTER_ID } from '../../../../../testing/case-fixtures';
import { chooseOption, textOf, typeInto } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import { InvestigationsCard } from './investigations-card';

const MEDIATING = caseDetail({
  status: 'in_mediation',
  mediators: [{ id: YANG_ROSTER_ID, name: '杨建国', role: 'presiding' }],
});

const RECORD: Investigation = {
  id: 'd0000000-0000-4000-8000-000000000001',
  investigatedAt: '2026-03-02T07:00:00.000Z',
  place: '枫溪小区3幢502室',
  investigatorNames: ['杨建国'],
  recorderName: null,
  partyId: null,
  intervieweeName: '孙桂芳',
  intervieweeRelation: '证人(邻居)',
  subject: '漏水的时间和经过',
  content: '问:什么时候开始漏水?\n答:十月中旬。',
  createdAt: '2026-03-02T08:00:00.000Z',
};

describe('InvestigationsCard (调查记录)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InvestigationsCard>;
  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(detail: CaseDetail = MEDIATING, records: Investigation[] = [RECORD]): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InvestigationsCard);
    fixture.componentRef.setInput('detail', detail);
    fixture.componentRef.setInput('canAdd', true);
    fixture.componentRef.setInput('canPrint', true);
    fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}/investigations`).flush(records);
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

  it('lists each interview with its questions and answers, and prints it with a purpose', async () => {
    await open();
    expect(textOf(root())).toContain('孙桂芳(证人(邻居))');
    expect(textOf(root())).toContain('答:十月中旬。');
    button('打印调查记录').click();
    await stable();
    expect(textOf(modal())).toContain('打印用途');
  });

  it('records an interview of a party: the name and role come from the party', async () => {
    await open(MEDIATING, []);
    button('记录调查').click();
    await stable();
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    expect(textOf(modal())).toContain('请选择调查人');
    await chooseOption(modal(), 'investigation-investigators', '杨建国', stable);
    await chooseOption(modal(), 'investigation-party', '被申请人 沈翊珩', stable);
    typeInto(modal().querySelector<HTMLInputElement>('#investigation-place')!, '502室');
    typeInto(modal().querySelector<HTMLInputElement>('#investigation-subject')!, '漏水原因');
    typeInto(
      modal().querySelector('#investigation-content') as HTMLInputElement,
      '问:管道何时维修?\n答:还没修。',
    );
    await stable();
    button('保存', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/investigations`);
    expect(request.request.body).toMatchObject({
      place: '502室',
      investigatorIds: [YANG_ROSTER_ID],
      partyId: RESPONDENT_ID,
      intervieweeName: '沈翊珩',
      intervieweeRelation: '当事人(被申请人)',
      subject: '漏水原因',
      content: '问:管道何时维修?\n答:还没修。',
    });
    request.flush(RECORD);
    await stable();
    http.expectOne(`/api/cases/${CASE_ID}/investigations`).flush([RECORD]);
    await stable();
  });
});
