import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseInMediation, mediatorId, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const png = (name: string) =>
  `data:image/png;base64,${readFileSync(`test/api/fixtures/${name}.png`).toString('base64')}`;
const dir = mkdtempSync(join(tmpdir(), 'tiaojie-pdf-'));
const tool = (cmd: string, file: string) => {
  try {
    return execFileSync(cmd, [file, ...(cmd === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
};

/** Mission story 1: a hen, a dog and 3,000 yuan, settled with an apology. */
describe('agreements: drafting, signing and the signed PDF', () => {
  let t: TestApp;
  let c: CaseRef;
  let mediator: string;
  let director: string;
  let agreementId: string;
  let pdf: Buffer;

  const DOG_OWNER = {
    role: 'respondent',
    kind: 'person',
    name: '陈国强',
    sex: 'male',
    ethnicity: '汉族',
    birthDate: '1978-07-20',
    idNumber: '330681197807204514',
    phone: '13900000002',
    address: '诸暨市枫桥镇枫源村 8 号',
    occupation: '农民',
  };
  const HEN_OWNER = {
    role: 'applicant',
    kind: 'person',
    name: '何美兰',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1960-08-08',
    idNumber: '330681196008080039',
    phone: '13800000001',
    address: '诸暨市枫桥镇枫源村 9 号',
    occupation: '农民',
  };

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t, {
      title: '鸡狗纠纷引发的人身损害赔偿',
      disputeType: 'damage_compensation',
      amountInDispute: '12000.00',
      parties: [HEN_OWNER, DOG_OWNER],
    });
    mediator = await t.tokenOf('mediator.yang');
    director = await t.tokenOf('director.yang');
  });
  afterAll(() => t.close());

  const draft = {
    form: 'written',
    facts:
      '何美兰家的母鸡吃了陈国强家的狗粮,被狗咬死;何美兰打狗,陈国强因此将何美兰打伤。何美兰主张医疗费一万二千元,其中与本次伤害有关的约三千元。',
    responsibility: '陈国强对何美兰的伤害负主要责任;何美兰打狗亦有过错。',
    terms: [] as object[],
    performance: '第一项于协议签订时以现金当场履行,地点为老杨调解中心;第二项于协议签订时当面履行。',
  };

  it('drafts the agreement and lists what a legally complete one still lacks', async () => {
    const res = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(mediator, { type: 'bearer' })
      .send(draft)
      .expect(201);
    agreementId = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', agreementNumber: c.caseNumber, copies: 3, version: 1 });
    expect(res.body.check.complete).toBe(false);
    expect(res.body.check.missing).toEqual([
      'TERMS',
      'SIGNATURE_PARTY:' + c.parties[0]!.id,
      'SIGNATURE_PARTY:' + c.parties[1]!.id,
      'SIGNATURE_MEDIATOR',
      'SEAL',
    ]);
    // Signing cannot start without terms.
    const early = await t
      .http()
      .post(`/api/agreements/${agreementId}/signatures`)
      .auth(mediator, { type: 'bearer' })
      .send({ signer: { partyId: c.parties[0]!.id }, kind: 'signature', image: png('signature') })
      .expect(422);
    expect(early.body).toMatchObject({ code: 'AGREEMENT_INCOMPLETE' });
    expect(early.body.message).toContain('缺少协议条款');
  });

  it('keeps the exact wording of each term and adds the amount in capitals', async () => {
    const [hen, dog] = c.parties;
    const res = await t
      .http()
      .patch(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .send({
        version: 1,
        terms: [
          {
            obligorPartyId: dog!.id,
            obligeePartyId: hen!.id,
            kind: 'pay',
            amount: '3000.00',
            dueDate: '2026-11-21',
            method: '现金当场支付',
            place: '老杨调解中心',
            text: '陈国强一次性预付何美兰医疗费人民币3000元',
          },
          {
            obligorPartyId: dog!.id,
            obligeePartyId: hen!.id,
            kind: 'apologise',
            text: '陈国强当面向何美兰赔礼道歉',
          },
        ],
      })
      .expect(200);
    expect(res.body.terms[0]).toMatchObject({
      text: '陈国强一次性预付何美兰医疗费人民币3000元',
      amountInCapitals: '叁仟元整',
    });
    expect(res.body.check.missing).toEqual(expect.not.arrayContaining(['TERMS']));
    const stale = await t
      .http()
      .patch(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .send({ version: 1, facts: 'x' });
    expect(stale.status).toBe(409);
  });

  it('collects the parties’ signatures and fingerprints and the mediator’s signature; only the director seals', async () => {
    const sign = (token: string, signer: object, kind: string, image?: string) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/signatures`)
        .auth(token, { type: 'bearer' })
        .send({ signer, kind, image });
    for (const party of c.parties) {
      await sign(mediator, { partyId: party.id }, 'signature', png('signature')).expect(201);
      await sign(mediator, { partyId: party.id }, 'fingerprint', png('fingerprint')).expect(201);
    }
    await sign(mediator, { mediatorId: await mediatorId(t, '杨建国') }, 'signature', png('signature')).expect(
      201,
    );
    const notAllowed = await sign(mediator, { seal: true }, 'seal').expect(403);
    expect(notAllowed.body.code).toBe('SEAL_NOT_ALLOWED');
    // The text is frozen once signing started.
    const frozen = await t
      .http()
      .patch(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .send({ version: 2, facts: 'x' });
    expect(frozen.body.code).toBe('AGREEMENT_FROZEN');
    const early = await t
      .http()
      .post(`/api/agreements/${agreementId}/finalise`)
      .auth(mediator, { type: 'bearer' })
      .expect(422);
    expect(early.body).toMatchObject({
      code: 'SIGNATURES_MISSING',
      message: '尚不能生效:尚未加盖人民调解委员会印章',
    });
    const sealed = await sign(director, { seal: true }, 'seal').expect(201);
    expect(sealed.body.check).toEqual({ complete: true, missing: [], messages: [] });
    const detail = await t.http().get(`/api/cases/${c.id}`).auth(mediator, { type: 'bearer' }).expect(200);
    expect(detail.body.status).toBe('agreement_pending');
  });

  it('refuses images that are not PNG or too large, naming the field', async () => {
    const sign = (image: string) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/signatures`)
        .auth(mediator, { type: 'bearer' })
        .send({ signer: { partyId: c.parties[0]!.id }, kind: 'signature', image });
    const jpeg = await sign(
      'data:image/png;base64,' +
        Buffer.from('GIF89a fake image content padded to be long enough for the check').toString('base64'),
    ).expect(400);
    expect(jpeg.body.details[0]).toMatchObject({ field: 'image', message: '文件内容不是 PNG 图片' });
    await sign('data:image/jpeg;base64,AAAA').expect(400);
  });

  it('makes the agreement effective and issues a PDF with the names, 3000.00 / 叁仟元整, the apology and the copy clause', async () => {
    const res = await t
      .http()
      .post(`/api/agreements/${agreementId}/finalise`)
      .auth(mediator, { type: 'bearer' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'effective' });
    expect(res.body.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf`)
      .auth(mediator, { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    pdf = file.body as Buffer;
    writeFileSync(join(dir, 'agreement.pdf'), pdf);
    const text = tool('pdftotext', join(dir, 'agreement.pdf')).replace(/\s+/g, '');
    for (const expected of [
      '人民调解协议书',
      '何美兰',
      '陈国强',
      '3000.00',
      '叁仟元整',
      '陈国强当面向何美兰赔礼道歉',
      '陈国强一次性预付何美兰医疗费人民币3000元',
      '本协议一式3份,当事人各执一份,人民调解委员会留存一份',
      '第1页共',
      c.caseNumber,
    ]) {
      expect(text).toContain(expected);
    }
    // The ID numbers stay in the file, not on the parties' copies (docs/domain.md §10.3).
    expect(text).not.toContain('330681197807204514');
    const detail = await t.http().get(`/api/cases/${c.id}`).auth(mediator, { type: 'bearer' }).expect(200);
    expect(detail.body.status).toBe('agreement_effective');
    expect(detail.body.agreements).toEqual([
      expect.objectContaining({
        id: agreementId,
        agreementNumber: c.caseNumber,
        form: 'written',
        status: 'effective',
      }),
    ]);
    // Performance and the 30-day judicial-confirmation window are now watched.
    const open = detail.body.deadlines
      .filter((k: { light: string }) => k.light !== 'done')
      .map((k: { label: string }) => k.label);
    expect(open.sort()).toEqual(['司法确认申请期限', '回访期限', '第1项履行期限'].sort());
  });

  it('carries a PAdES signature that pdfsig reports valid, by a committee certificate with a Chinese name', () => {
    const report = tool('pdfsig', join(dir, 'agreement.pdf'));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: 老杨调解中心');
    expect(report).toContain('Total document signed');
  });

  it('tells a genuine copy from one with a single byte changed (pdfsig and /api/documents/verify)', async () => {
    const genuine = await t
      .http()
      .post('/api/documents/verify')
      .set('Content-Type', 'application/pdf')
      .send(pdf)
      .expect(200);
    expect(genuine.body).toMatchObject({
      valid: true,
      agreementNumber: c.caseNumber,
      signer: '老杨调解中心',
      parties: ['何*兰', '陈*强'],
    });
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf(Buffer.from('/Producer'));
    tampered[at + 12] = tampered[at + 12]! ^ 0x01;
    writeFileSync(join(dir, 'tampered.pdf'), tampered);
    expect(tool('pdfsig', join(dir, 'tampered.pdf'))).not.toContain('Signature is Valid.');
    const forged = await t
      .http()
      .post('/api/documents/verify')
      .attach('file', tampered, 'agreement.pdf')
      .expect(200);
    expect(forged.body.valid).toBe(false);
    expect(forged.body.reason).toContain('不一致');
    const notPdf = await t.http().post('/api/documents/verify').attach('file', Buffer.from('hello'), 'x.pdf');
    expect(notPdf.status).toBe(415);
  });

  it('serves the public verification data behind the QR code, with masked names only', async () => {
    const agreement = await t
      .http()
      .get(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .expect(200);
    const page = await t.http().get(`/api/verify/${agreement.body.verifyCode}`).expect(200);
    expect(page.body).toMatchObject({ valid: true, caseNumber: c.caseNumber, parties: ['何*兰', '陈*强'] });
    expect(JSON.stringify(page.body)).not.toMatch(/何美兰|13800000001/);
    expect((await t.http().get('/api/verify/unknown-code-123').expect(200)).body.valid).toBe(false);
    expect(tool('pdftotext', join(dir, 'agreement.pdf'))).toContain(`/verify/${agreement.body.verifyCode}`);
    // The printed QR code scans to the same page.
    execFileSync('pdftoppm', ['-r', '150', '-png', join(dir, 'agreement.pdf'), join(dir, 'page')]);
    const pages = execFileSync('sh', ['-c', `ls ${dir}/page-*.png`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const scanned = execFileSync('sh', ['-c', `zbarimg -q --raw ${pages.join(' ')} 2>/dev/null || true`], {
      encoding: 'utf8',
    });
    expect(scanned.trim()).toBe(`http://localhost:3000/verify/${agreement.body.verifyCode}`);
  });

  it('keeps the effective text frozen and the PDF out of reach of those outside the case team', async () => {
    const frozen = await t
      .http()
      .post(`/api/agreements/${agreementId}/finalise`)
      .auth(mediator, { type: 'bearer' })
      .expect(409);
    expect(frozen.body.code).toBe('AGREEMENT_FROZEN');
    await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf`)
      .auth(await t.tokenOf('sfs.wang'), { type: 'bearer' })
      .expect(403);
    await t
      .http()
      .get(`/api/agreements/${agreementId}`)
      .auth(await t.tokenOf('court.li'), { type: 'bearer' })
      .expect(403);
  });
});

/** Issue 18: a company party with an agent, three parties, and the copy printed to be signed by hand. */
describe('agreements: three parties, a company, and the copy printed for signing', () => {
  let t: TestApp;
  let c: CaseRef;
  let mediator: string;
  let agreementId: string;
  const COMPANY = {
    role: 'respondent',
    kind: 'organisation',
    name: '诸暨市枫桥某物业服务有限公司',
    legalRepresentative: '钱国栋',
    address: '诸暨市枫桥镇枫源路 1 号',
    phone: '057587000001',
    agent: { name: '孙立', phone: '13700000009', authority: '特别授权' },
  };
  const NEIGHBOUR = {
    role: 'third_party',
    kind: 'person',
    name: '赵小梅',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1990-02-02',
    idNumber: '330681199002020020',
    phone: '13800000011',
    address: '诸暨市枫桥镇枫源村 10 号',
  };
  const APPLICANT = {
    role: 'applicant',
    kind: 'person',
    name: '王秀英',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1985-03-15',
    idNumber: '330681198503150021',
    phone: '13800000001',
    address: '诸暨市枫桥镇枫源村 12 号',
  };
  const body = (ids: string[], copies?: number) => ({
    form: 'written',
    facts: '物业公司维修水管不当,致王秀英、赵小梅两户房屋受损。',
    responsibility: '物业公司负全部责任。',
    performance: '银行转账。',
    ...(copies === undefined ? {} : { copies }),
    terms: [
      {
        obligorPartyId: ids[1],
        obligeePartyId: ids[0],
        kind: 'pay',
        amount: '5000.00',
        dueDate: '2099-12-31',
        method: '银行转账',
        text: '物业公司赔偿王秀英维修费5000元',
      },
    ],
  });

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t, { parties: [APPLICANT, COMPANY, NEIGHBOUR] });
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  it('refuses fewer copies than parties + 1, when drafting and when changing the draft (Art 29)', async () => {
    const ids = c.parties.map((p) => p.id);
    const few = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(mediator, { type: 'bearer' })
      .send(body(ids, 2))
      .expect(422);
    expect(few.body).toMatchObject({ statusCode: 422, code: 'TOO_FEW_COPIES' });
    expect(few.body.message).toBe(
      '协议份数不足:3方当事人各执一份、人民调解委员会留存一份,至少应为一式4份(现为2份)',
    );
    const created = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(mediator, { type: 'bearer' })
      .send(body(ids))
      .expect(201);
    expect(created.body.copies).toBe(4);
    agreementId = created.body.id as string;
    const patched = await t
      .http()
      .patch(`/api/agreements/${agreementId}`)
      .auth(mediator, { type: 'bearer' })
      .send({ version: created.body.version, copies: 3 })
      .expect(422);
    expect(patched.body.code).toBe('TOO_FEW_COPIES');
  });

  it('prints the signing copy: no draft stamp, every signature line, 以下无正文, never a signature page alone', async () => {
    const res = await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf?purpose=signing`)
      .auth(mediator, { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const file = join(dir, 'signing.pdf');
    writeFileSync(file, res.body as Buffer);
    const text = tool('pdftotext', file).replace(/\s+/g, '');
    expect(text).not.toContain('草稿');
    expect(text).not.toContain('不具法律效力');
    expect(text).toContain('本协议一式4份');
    expect(text.indexOf('(以下无正文)')).toBeGreaterThan(text.indexOf('本协议一式4份'));
    expect(text.indexOf('(以下无正文)')).toBeLessThan(text.indexOf('申请人(签名并按指印)'));
    for (const line of [
      '申请人(签名并按指印):王秀英',
      '被申请人(盖章):诸暨市枫桥某物业服务有限公司',
      '单位印章',
      '法定代表人钱国栋(签名):',
      '委托代理人孙立(签名):',
      '第三人(签名并按指印):赵小梅',
      '人民调解员(签名):杨建国',
      '人民调解员(签名):赵丽华',
      '记录人(签名):',
      '人民调解委员会(印章):',
    ])
      expect(text).toContain(line);
    // A fingerprint box for each natural person, none for the company.
    expect(text.match(/(?<!按)指印/g)).toHaveLength(2);
    // The signature lines share their page with the agreement's last paragraph.
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', file))![1]);
    const pageOf = (needle: string) =>
      Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
        execFileSync('pdftotext', ['-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' })
          .replace(/\s+/g, '')
          .includes(needle),
      );
    expect(pageOf('申请人(签名并按指印)')).toBe(pageOf('本协议一式4份'));
    expect(pageOf('人民调解委员会(印章)')).toBe(pageOf('(以下无正文)'));
    const [audit] = await t.dataSource.query<{ after: object; actor_name: string }[]>(
      `SELECT after, actor_name FROM audit_events WHERE entity_id = $1 AND action = 'agreement.print'`,
      [agreementId],
    );
    expect(audit).toMatchObject({ after: { purpose: 'signing' }, actor_name: '杨建国' });
  });

  it('prints the signing copy only for the case team and the director', async () => {
    const status = async (username: string, query = '?purpose=signing') =>
      (
        await t
          .http()
          .get(`/api/agreements/${agreementId}/pdf${query}`)
          .auth(await t.tokenOf(username), { type: 'bearer' })
      ).status;
    expect(await status('director.yang')).toBe(200);
    expect(await status('mediator.zhou')).toBe(404);
    expect(await status('sfs.wang')).toBe(403);
    expect(await status('mediator.yang', '?purpose=other')).toBe(400);
  });

  it('does not let a company take effect with a fingerprint only: it needs its seal', async () => {
    const sign = async (signer: object, kind: string, token = mediator) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/signatures`)
        .auth(token, { type: 'bearer' })
        .send({ signer, kind, image: kind === 'seal' && 'seal' in signer ? undefined : png('signature') });
    const [applicant, company, neighbour] = c.parties;
    for (const party of [applicant!, company!, neighbour!])
      expect((await sign({ partyId: party.id }, 'fingerprint')).status).toBe(201);
    expect((await sign({ mediatorId: await mediatorId(t, '杨建国') }, 'signature')).status).toBe(201);
    expect((await sign({ seal: true }, 'seal', await t.tokenOf('director.yang'))).status).toBe(201);
    const finalise = () =>
      t.http().post(`/api/agreements/${agreementId}/finalise`).auth(mediator, { type: 'bearer' }).send({});
    const refused = await finalise().expect(422);
    expect(refused.body.code).toBe('SIGNATURES_MISSING');
    expect(refused.body.message).toContain('诸暨市枫桥某物业服务有限公司(法人或其他组织)尚未加盖单位印章');
    expect((await sign({ partyId: company!.id }, 'seal')).status).toBe(201);
    expect((await finalise().expect(200)).body.status).toBe('effective');
    const late = await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf?purpose=signing`)
      .auth(mediator, { type: 'bearer' })
      .expect(409);
    expect(late.body.code).toBe('SIGNING_COPY_UNAVAILABLE');
  });
});
