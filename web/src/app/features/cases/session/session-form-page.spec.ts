import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseDetail } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import {
  APPLICANT_ID,
  CASE_ID,
  CENTRE_ID,
  RESPONDENT_ID,
  ROSTER,
  YANG_ROSTER_ID,
  ZHAO_ROSTER_ID,
  caseDetail,
  session,
} from '../../../../testing/case-fixtures';
import {
  buttonByText,
  chooseOption,
  formItemOf,
  pressEnter,
  textOf,
  typeInto,
} from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import type { SessionForm } from './session-form';
import { SessionFormPage } from './session-form-page';

const IN_MEDIATION = caseDetail({
  status: 'in_mediation',
  allowedActions: ['assign', 'pause', 'extend', 'terminate', 'transfer'],
  mediators: [
    { id: YANG_ROSTER_ID, name: '杨建国', role: 'presiding' },
    { id: ZHAO_ROSTER_ID, name: '赵丽华', role: 'co' },
  ],
});

describe('SessionFormPage (记录调解)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const checkbox = (id: string) => page().querySelector<HTMLInputElement>(`#${id}`)!;
  const isCreate = (req: { method: string; url: string }) =>
    req.method === 'POST' && req.url === `/api/cases/${CASE_ID}/sessions`;

  async function open(detail: CaseDetail = IN_MEDIATION): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases/:id/sessions/new', component: SessionFormPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${CASE_ID}/sessions/new`);
    harness.fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(detail);
    await settle();
    harness.fixture.detectChanges();
    http.expectOne(`/api/mediators?organisationId=${CENTRE_ID}`).flush({ items: ROSTER });
    await stable();
  }

  async function chooseMode(label: string): Promise<void> {
    const item = Array.from(page().querySelectorAll<HTMLElement>('.ant-segmented-item')).find(
      (el) => el.textContent?.trim() === label,
    );
    item?.click();
    await stable();
  }

  async function fillRequired(): Promise<void> {
    typeInto(page().querySelector('#place')!, '老杨调解中心调解室');
    typeInto(page().querySelector('#summary')!, '与申请人单独谈话,了解诉求。');
    await stable();
  }

  async function submit(): Promise<void> {
    buttonByText(page(), '保存调解记录').click();
    await stable();
  }

  afterEach(() => http.verify());

  it("ticks the signed-in mediator's own roster entry among the case's mediators", async () => {
    await open();
    expect(checkbox('session-mediator-0').checked).toBe(true);
    expect(checkbox('session-mediator-1').checked).toBe(false);
    expect(textOf(page())).toContain('赵丽华');
  });

  it('never saves the record on Enter in a field, only with its button (issue 21)', async () => {
    await open();
    await fillRequired();
    await chooseOption(page(), 'session-party', '申请人 钱秀英', stable);
    expect(pressEnter(page().querySelector<HTMLInputElement>('#place')!)).toBe(true);
    expect(pressEnter(checkbox('session-mediator-1'))).toBe(true);
    await stable();
    http.expectNone(isCreate);
    expect(pressEnter(page().querySelector<HTMLTextAreaElement>('#summary')!)).toBe(false);
    await submit();
    http.expectOne(isCreate).flush(session({ mode: 'back_to_back' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('requires exactly one party for 背靠背', async () => {
    await open();
    await fillRequired();
    expect(page().querySelector('#session-party-0')).toBeNull();
    await submit();
    expect(textOf(formItemOf(page(), 'session-party'))).toContain('背靠背调解须且只能选择一方当事人');
    http.expectNone(isCreate);

    await chooseOption(page(), 'session-party', '申请人 钱秀英', stable);
    typeInto(page().querySelector('#privateNotes')!, '装修损失可以只要一半');
    await submit();
    const request: TestRequest = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({
      mode: 'back_to_back',
      partyIds: [APPLICANT_ID],
      mediatorIds: [YANG_ROSTER_ID],
      place: '老杨调解中心调解室',
      summary: '与申请人单独谈话,了解诉求。',
      privateNotes: '装修损失可以只要一半',
      participants: [],
    });
    request.flush(session({ mode: 'back_to_back' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('brings every party to 面对面, and they cannot be unticked', async () => {
    await open();
    await chooseMode('面对面');
    expect(checkbox('session-party-0').checked).toBe(true);
    expect(checkbox('session-party-1').checked).toBe(true);
    expect(checkbox('session-party-0').disabled).toBe(true);
    expect(checkbox('session-party-1').disabled).toBe(true);

    await fillRequired();
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({
      mode: 'face_to_face',
      partyIds: [APPLICANT_ID, RESPONDENT_ID],
    });
    request.flush(session({ mode: 'face_to_face' }));
    await settle();
  });

  it('lets a 现场查看 be recorded with any parties, or none', async () => {
    await open();
    await chooseMode('现场查看');
    expect(checkbox('session-party-0').checked).toBe(false);
    expect(checkbox('session-party-0').disabled).toBe(false);
    await fillRequired();
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({ mode: 'site_visit', partyIds: [] });
    request.flush(session());
    await settle();
  });

  it('invites a participant only with the parties’ consent', async () => {
    await open();
    await chooseMode('现场查看');
    await fillRequired();
    buttonByText(page(), '添加参加人').click();
    await stable();
    typeInto(page().querySelector('#participant-0-name')!, '李书记');
    typeInto(page().querySelector('#participant-0-relation')!, '社区书记');
    await submit();
    expect(textOf(page())).toContain('须经当事人同意才能邀请');
    http.expectNone(isCreate);

    checkbox('participant-0-consent').click();
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({
      participants: [{ name: '李书记', relation: '社区书记', consent: true }],
    });
    request.flush(session());
    await settle();
  });

  it('records a video session with the parties’ consent: who, how and when', async () => {
    await open();
    await fillRequired();
    await chooseMode('面对面');
    expect(page().querySelector('[data-testid="remote-consent"]')).toBeNull();
    await chooseMode('视频调解');
    expect(textOf(page())).toContain('当事人同意远程调解');
    await submit();
    expect(textOf(page())).toContain('请选择同意方式');
    http.expectNone(isCreate);

    checkbox('consent-party-0').click();
    checkbox('consent-party-1').click();
    await chooseOption(page(), 'consent-method', '录音录像同意', stable);
    const form = (harness.routeDebugElement!.componentInstance as { form: () => SessionForm }).form();
    form.controls.consentAt.setValue(new Date('2026-03-01T07:00:00.000Z'));
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({
      mode: 'face_to_face',
      medium: 'video',
      remoteConsent: {
        partyIds: [APPLICANT_ID, RESPONDENT_ID],
        method: 'recorded',
        at: '2026-03-01T07:00:00.000Z',
      },
    });
    request.flush(session({ mode: 'face_to_face', medium: 'video' }));
    await settle();
  });

  it('sends no consent for a session in person', async () => {
    await open();
    await fillRequired();
    await chooseOption(page(), 'session-party', '申请人 钱秀英', stable);
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({ medium: 'in_person' });
    expect(request.request.body.remoteConsent).toBeUndefined();
    request.flush(session({ mode: 'back_to_back' }));
    await settle();
  });

  it('marks the private notes field as visible to the case’s mediators only', async () => {
    await open();
    const box = page().querySelector('tj-private-box');
    expect(box?.textContent).toContain('私密笔记:仅本案调解员可见,不会给其他当事人、主任或上级看到');
    expect(box?.querySelector('#privateNotes')).not.toBeNull();
  });

  it('explains why nothing can be recorded while the case is not in mediation', async () => {
    await open(caseDetail({ status: 'accepted' }));
    expect(textOf(page())).toContain('案件不在调解中,不能记录调解。');
    expect(buttonByText(page(), '保存调解记录').disabled).toBe(true);
  });
});
