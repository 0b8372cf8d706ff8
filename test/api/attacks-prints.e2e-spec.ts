import ExcelJS from 'exceljs';
import { PRINT_PURPOSES } from '../../libs/contracts/src/print-purposes.js';
import { draftAgreement, effectiveAgreement } from './support/agreement-flow.js';
import { caseInMediation, type CaseRef } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** "杨建国 2026-12-03 20:49 打印" as pdfText gives it (whitespace removed). */
const WATERMARK = (name: string) => new RegExp(`${name}\\d{4}-\\d{2}-\\d{2}\\d{2}:\\d{2}打印`);

/**
 * Issue 16: every print and export is audited with a purpose chosen from one list
 * (libs/contracts print-purposes.ts), and prints made on demand carry the printer's name and time.
 * Before: no purpose anywhere, no watermark, the statistics export not audited at all.
 */
describe('prints and exports: a purpose in the audit trail, the printer on the page (issue 16)', () => {
  let t: TestApp;
  let c: CaseRef;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const events = (action: string, entityId: string | null) =>
    t.dataSource.query<{ after: Record<string, unknown>; actor_name: string }[]>(
      `SELECT after, actor_name FROM audit_events WHERE action = $1 AND entity_id IS NOT DISTINCT FROM $2 ORDER BY seq`,
      [action, entityId],
    );
  const count = async () =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_events'))[0]!.n;

  it('records the purpose of a case form and watermarks it with the printer', async () => {
    const res = await getBinary(
      t,
      `/api/cases/${c.id}/documents/rights-notice.pdf?purpose=service`,
      mediator,
    ).expect(200);
    const text = pdfText(res.body as Buffer);
    expect(text).toMatch(WATERMARK('杨建国'));
    expect(text).toContain('权利义务告知书');
    const [event] = (await events('document.print', c.id)).slice(-1);
    expect(event).toEqual({
      actor_name: '杨建国',
      after: { document: 'rights-notice.pdf', purpose: 'service' },
    });
  });

  it('records case_work when no purpose is given', async () => {
    await getBinary(t, `/api/cases/${c.id}/documents/application.pdf`, mediator).expect(200);
    const [event] = (await events('document.print', c.id)).slice(-1);
    expect(event!.after).toEqual({ document: 'application.pdf', purpose: 'case_work' });
  });

  it('refuses a purpose outside the list with 400 and prints nothing, audits nothing', async () => {
    const before = await count();
    for (const purpose of ['bogus', 'signing', 'report', '__proto__', 'constructor', '%E5%8A%9E%E6%A1%88']) {
      const res = await t
        .http()
        .get(`/api/cases/${c.id}/documents/application.pdf?purpose=${purpose}`)
        .auth(mediator, { type: 'bearer' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details[0].field).toBe('purpose');
      expect(res.body.details[0].message).toContain(PRINT_PURPOSES.service);
    }
    const repeated = await t
      .http()
      .get(`/api/cases/${c.id}/documents/application.pdf?purpose=service&purpose=filing`)
      .auth(mediator, { type: 'bearer' });
    expect(repeated.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('watermarks the draft agreement but not the copy signed on paper; both audited with why', async () => {
    const agreementId = await draftAgreement(t, c);
    const draft = await getBinary(t, `/api/agreements/${agreementId}/pdf?purpose=case_work`, mediator).expect(
      200,
    );
    expect(pdfText(draft.body as Buffer)).toMatch(WATERMARK('杨建国'));
    const signing = await getBinary(t, `/api/agreements/${agreementId}/pdf?purpose=signing`, mediator).expect(
      200,
    );
    expect(pdfText(signing.body as Buffer)).not.toMatch(WATERMARK('杨建国'));
    expect((await events('agreement.pdf', agreementId)).map((e) => e.after)).toEqual([
      { purpose: 'case_work' },
    ]);
    expect((await events('agreement.print', agreementId)).map((e) => e.after.purpose)).toEqual(['signing']);
  });

  it('serves the signed agreement as issued (its signature intact) and records the purpose', async () => {
    const { agreementId } = await effectiveAgreement(t);
    const first = await getBinary(
      t,
      `/api/agreements/${agreementId}/pdf?purpose=party_request`,
      mediator,
    ).expect(200);
    const second = await getBinary(t, `/api/agreements/${agreementId}/pdf`, mediator).expect(200);
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    expect(pdfText(first.body as Buffer)).not.toMatch(WATERMARK('杨建国'));
    expect((await events('agreement.pdf', agreementId)).map((e) => e.after.purpose)).toEqual([
      'party_request',
      'case_work',
    ]);
    const pack = await getBinary(
      t,
      `/api/agreements/${agreementId}/judicial-confirmation.pdf?purpose=judicial_confirmation`,
      mediator,
    ).expect(200);
    expect(pdfText(pack.body as Buffer)).toMatch(WATERMARK('杨建国'));
    const [event] = await events('document.print', agreementId);
    expect(event!.after).toEqual({ document: 'judicial-confirmation', purpose: 'judicial_confirmation' });
    const bad = await t
      .http()
      .get(`/api/agreements/${agreementId}/judicial-confirmation.pdf?purpose=signing`)
      .auth(mediator, { type: 'bearer' });
    expect(bad.status).toBe(400);
  });

  it('audits the Excel export of the monthly report with its purpose and names the exporter on the page', async () => {
    const sfs = await t.tokenOf('sfs.wang');
    const file = await getBinary(
      t,
      '/api/stats/report?period=2026-11&format=xlsx&purpose=report',
      sfs,
    ).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    expect(book.worksheets[0]!.headerFooter.oddHeader).toMatch(
      /^&R王\S* \d{4}-\d{2}-\d{2} \d{2}:\d{2} 导出$/,
    );
    const exports = await events('stats.export', null);
    expect(exports.map((e) => e.after)).toEqual([
      { period: '2026-11-01', format: 'xlsx', purpose: 'report' },
    ]);
    // Viewing the figures on screen is not an export.
    await t.http().get('/api/stats/report?period=2026-11').auth(sfs, { type: 'bearer' }).expect(200);
    expect(await events('stats.export', null)).toHaveLength(1);
    const before = await count();
    const bad = await t
      .http()
      .get('/api/stats/report?period=2026-11&format=xlsx&purpose=signing')
      .auth(sfs, { type: 'bearer' });
    expect(bad.status).toBe(400);
    expect(await count()).toBe(before);
  });
});
