import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { effectiveAgreement } from './support/agreement-flow.js';
import { caseInMediation, orgId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 18: the committee seal was uncontrolled: no API registered a seal image, every agreement
 * carried a computer-drawn one, and the director could send any PNG as the seal. The seal is now
 * registered (decoded, with its custodian) by the director or the admin, every use is listed, and a
 * seal signature never brings an image of its own.
 */
describe('the seal registry (印章登记)', () => {
  let t: TestApp;
  let laoyang: string;
  const png = readFileSync('test/api/fixtures/signature.png');
  beforeAll(async () => {
    t = await createTestApp();
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const register = async (file: Buffer, name: string, username = 'director.yang', organisationId = laoyang) =>
    t
      .http()
      .put(`/api/organisations/${organisationId}/seal`)
      .auth(await t.tokenOf(username), { type: 'bearer' })
      .field('custodian', '杨光照')
      .attach('file', file, name);
  const uses = async (username = 'director.yang') =>
    t
      .http()
      .get(`/api/organisations/${laoyang}/seal-uses`)
      .auth(await t.tokenOf(username), { type: 'bearer' });

  it('refuses what is not a seal image, and callers who do not configure the committee', async () => {
    const jpeg = await sharp(png).jpeg().toBuffer();
    expect([(await register(jpeg, 'seal.jpg')).status, (await register(jpeg, 'seal.jpg')).body.code]).toEqual(
      [415, 'SEAL_TYPE'],
    );
    expect((await register(png.subarray(0, 60), 'seal.png')).status).toBe(422);
    expect((await register(Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)]), 'seal.png')).status).toBe(
      413,
    );
    expect((await register(png, 'seal.png', 'mediator.yang')).status).toBe(403);
    expect((await register(png, 'seal.png', 'sfs.wang')).status).toBe(403);
    expect(
      (await register(png, 'seal.png', 'director.yang', await orgId(t, '枫桥镇人民调解委员会'))).status,
    ).toBe(404); // another committee is outside his scope
    const [org] = await t.dataSource.query<{ seal_sha256: string | null }[]>(
      'SELECT seal_sha256 FROM organisations WHERE id = $1',
      [laoyang],
    );
    expect(org!.seal_sha256).toBeNull();
  });

  it('registers the seal, lists every use, and takes no image with a seal signature', async () => {
    const before = await effectiveAgreement(t);
    const registered = await register(png, '印章.png');
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({
      custodian: '杨光照',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const after = await effectiveAgreement(t);

    const listed = await uses();
    expect(listed.status).toBe(200);
    expect(listed.body.seal).toMatchObject({ custodian: '杨光照', sha256: registered.body.sha256 });
    const numbers = await t.dataSource.query<{ id: string; agreement_number: string }[]>(
      'SELECT id, agreement_number FROM agreements WHERE id = ANY($1)',
      [[before.agreementId, after.agreementId]],
    );
    const numberOf = (id: string) => numbers.find((n) => n.id === id)!.agreement_number;
    expect(listed.body.uses).toEqual([
      expect.objectContaining({
        agreementNumber: numberOf(after.agreementId),
        by: '杨光照',
        registeredSeal: true,
      }),
      expect.objectContaining({ agreementNumber: numberOf(before.agreementId), registeredSeal: false }),
    ]);
    expect((await uses('mediator.yang')).status).toBe(403);
    // The admin registers seals but reads no case: the uses name agreements and cases.
    expect((await uses('admin')).status).toBe(403);

    // A seal signature that brings its own picture is refused: the registered seal is the seal.
    const c = await caseInMediation(t);
    const draft = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        form: 'written',
        facts: '楼上漏水。',
        responsibility: '被申请人负责。',
        performance: '当面履行。',
        terms: [
          {
            obligorPartyId: c.parties[1]!.id,
            obligeePartyId: c.parties[0]!.id,
            kind: 'apologise',
            text: '赔礼道歉',
          },
        ],
      })
      .expect(201);
    const forged = await t
      .http()
      .post(`/api/agreements/${draft.body.id}/signatures`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .send({
        signer: { seal: true },
        kind: 'seal',
        image: `data:image/png;base64,${png.toString('base64')}`,
      });
    expect([forged.status, forged.body.code]).toEqual([422, 'SEAL_IMAGE_REFUSED']);
  });
});
