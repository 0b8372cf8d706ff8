import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../core/api/api-types';
import type { Escalation } from '../../core/api/escalations-api';
import { AuthService } from '../../core/auth/auth.service';
import { CASE_ID } from '../../../testing/case-fixtures';
import { textOf, typeInto } from '../../../testing/dom';
import { MEDIATOR_YANG } from '../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../testing/providers';
import { EscalationsPage } from './escalations-page';

const POLICE: Me = {
  ...MEDIATOR_YANG,
  username: 'police.hu',
  name: '胡警官',
  role: 'police_liaison',
  organisation: { id: 'a0000000-0000-4000-8000-000000000009', name: '枫桥派出所', kind: 'police' },
};
const DIRECTOR: Me = { ...MEDIATOR_YANG, username: 'director.yang', name: '杨光照', role: 'director' };

const REPORT: Escalation = {
  id: 'e0000000-0000-4000-8000-000000000001',
  caseId: CASE_ID,
  caseNumber: '(2026)枫老调字第0001号',
  committeeName: '老杨调解中心',
  level: 'red',
  note: '被申请人扬言要砸对方家门',
  recipientName: '枫桥派出所',
  reportedByName: '杨建国',
  reportedAt: '2026-12-04T02:00:00.000Z',
  acknowledgeBy: '2026-12-04T03:00:00.000Z',
  acknowledgedAt: null,
  acknowledgedByName: null,
  response: null,
  light: 'red',
  mayAcknowledge: true,
};

describe('EscalationsPage (风险报告)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(user: Me, reports: Escalation[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'escalations', component: EscalationsPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/escalations');
    harness.fixture.detectChanges();
    http.expectOne('/api/escalations?status=open').flush(reports);
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

  it('lets the police station acknowledge a late red report with what it did', async () => {
    await open(POLICE, [REPORT]);
    const text = textOf(root());
    expect(text).toContain('红色风险');
    expect(text).toContain('已超过签收时限');
    expect(text).toContain('被申请人扬言要砸对方家门');
    // A police station reads no case: the number is not a link.
    expect(root().querySelector('a.report__case')).toBeNull();
    button('签收').click();
    await stable();
    typeInto(modal().querySelector('#dialog-note') as HTMLInputElement, '已派民警到场');
    await stable();
    button('签收', modal().querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/escalations/${REPORT.id}/acknowledge`);
    expect(request.request.body).toEqual({ response: '已派民警到场' });
    request.flush({
      ...REPORT,
      acknowledgedAt: '2026-12-04T02:30:00.000Z',
      light: 'done',
      mayAcknowledge: false,
    });
    // The list is asked again (a pending request keeps the fixture from being stable).
    harness.fixture.detectChanges();
    await settle();
    http.expectOne('/api/escalations?status=open').flush([]);
    await stable();
    expect(textOf(root())).toContain('暂无风险报告');
  });

  it('shows the committee the reports it made, linked to the case, without a 签收 button', async () => {
    await open(DIRECTOR, [{ ...REPORT, light: 'green', mayAcknowledge: false }]);
    expect(root().querySelector('a.report__case')?.getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(Array.from(root().querySelectorAll('button')).map((b) => b.textContent?.trim())).not.toContain(
      '签收',
    );
  });
});
