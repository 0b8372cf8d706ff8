import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CASE_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { textOf } from '../../../../../testing/dom';
import { errorBody } from '../../../../../testing/fixtures';
import { provideTestApp } from '../../../../../testing/providers';
import { PartyLinkCard } from './party-link-card';

describe('PartyLinkCard (当事人链接)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PartyLinkCard>;
  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const sendButton = () =>
    Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.includes('发送短信链接'))!;

  async function open(): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PartyLinkCard);
    fixture.componentRef.setInput('detail', caseDetail());
    fixture.detectChanges();
    await stable();
  }

  afterEach(() => http.verify());

  it('sends the chosen party a link for the chosen purpose, and says so', async () => {
    await open();
    expect(sendButton().disabled).toBe(true);
    const party = caseDetail().parties[0];
    (fixture.componentInstance as unknown as { partyId: { set(v: string): void } }).partyId.set(party.id);
    (fixture.componentInstance as unknown as { purpose: { set(v: string): void } }).purpose.set('sign');
    fixture.detectChanges();
    await stable();
    sendButton().click();
    const request = http.expectOne(`/api/cases/${CASE_ID}/party-links`);
    expect(request.request.body).toEqual({ partyId: party.id, purpose: 'sign' });
    request.flush(
      { id: 'l1', expiresAt: '2026-12-07T02:00:00.000Z' },
      { status: 201, statusText: 'Created' },
    );
    await stable();
    expect(textOf(document.body)).toContain(`已向${party.name}发送短信链接。`);
  });

  it('shows the API’s reason when the party has no phone', async () => {
    await open();
    const party = caseDetail().parties[0];
    (fixture.componentInstance as unknown as { partyId: { set(v: string): void } }).partyId.set(party.id);
    fixture.detectChanges();
    await stable();
    sendButton().click();
    http
      .expectOne(`/api/cases/${CASE_ID}/party-links`)
      .flush(errorBody(422, 'PARTY_NO_PHONE', '该当事人没有登记手机号,无法发送链接;请先更正当事人信息'), {
        status: 422,
        statusText: 'Unprocessable Entity',
      });
    await stable();
    expect(textOf(root())).toContain('该当事人没有登记手机号');
  });
});
