import { createTestApp, type TestApp } from './support/test-app.js';

interface Node {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  children: Node[];
}

const names = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);

describe('organisations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const treeOf = async (username: string): Promise<Node[]> =>
    (
      await t
        .http()
        .get('/api/organisations')
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .expect(200)
    ).body;

  it('shows the admin the whole demo tree and the referring bodies beside it', async () => {
    const roots = await treeOf('admin');
    expect(roots.map((r) => r.name).sort()).toEqual(
      ['枫桥派出所', '诸暨市人民法院', '诸暨市信访局', '诸暨市司法局'].sort(),
    );
    const bureau = roots.find((r) => r.name === '诸暨市司法局')!;
    expect(bureau.children.map((c) => c.name)).toEqual(['枫桥镇司法所']);
    expect(bureau.children[0]!.children.map((c) => c.name).sort()).toEqual(
      ['老杨调解中心', '枫桥镇人民调解委员会', '枫源村人民调解委员会'].sort(),
    );
  });

  it('shows the judicial office its own subtree and nothing above or beside it', async () => {
    const roots = await treeOf('sfs.wang');
    expect(roots).toHaveLength(1);
    expect(roots[0]!.name).toBe('枫桥镇司法所');
    expect(names(roots).sort()).toEqual(
      ['枫桥镇司法所', '老杨调解中心', '枫桥镇人民调解委员会', '枫源村人民调解委员会'].sort(),
    );
  });

  it('shows a mediator only their centre, and a liaison only their own body', async () => {
    expect(names(await treeOf('mediator.yang'))).toEqual(['老杨调解中心']);
    expect(names(await treeOf('court.li'))).toEqual(['诸暨市人民法院']);
    expect(names(await treeOf('police.hu'))).toEqual(['枫桥派出所']);
  });

  it('lists the county’s committees and centres as transfer targets, without opening their cases', async () => {
    const res = await t
      .http()
      .get('/api/organisations/mediation-bodies')
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .expect(200);
    expect(res.body.map((o: { name: string }) => o.name).sort()).toEqual(
      ['老杨调解中心', '枫桥镇人民调解委员会', '枫源村人民调解委员会'].sort(),
    );
    const court = await t
      .http()
      .get('/api/organisations/mediation-bodies')
      .auth(await t.tokenOf('court.li'), { type: 'bearer' })
      .expect(200);
    expect(court.body).toEqual([]);
  });

  it('lets the admin create a committee under the office and rename it', async () => {
    const admin = await t.tokenOf('admin');
    const office = (await treeOf('sfs.wang'))[0]!;
    const created = await t
      .http()
      .post('/api/organisations')
      .auth(admin, { type: 'bearer' })
      .send({
        name: '枫桥镇物业纠纷调解委员会',
        kind: 'committee',
        parentId: office.id,
        caseNumberPrefix: '枫物调',
      })
      .expect(201);
    expect(created.body).toMatchObject({ parentId: office.id, caseNumberPrefix: '枫物调' });
    await t
      .http()
      .patch(`/api/organisations/${created.body.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ name: '枫桥镇物业调委会' })
      .expect(200);
    expect(names(await treeOf('sfs.wang'))).toContain('枫桥镇物业调委会');
  });

  it('refuses organisation changes to everyone but the admin', async () => {
    const director = await t.tokenOf('director.yang');
    await t
      .http()
      .post('/api/organisations')
      .auth(director, { type: 'bearer' })
      .send({ name: '新委员会', kind: 'committee' })
      .expect(403);
  });

  it('answers bad input with 400 naming the field, and unknown ids with 404', async () => {
    const admin = await t.tokenOf('admin');
    const bad = await t
      .http()
      .post('/api/organisations')
      .auth(admin, { type: 'bearer' })
      .send({ name: '', kind: 'club', caseNumberPrefix: '枫 调!' })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'caseNumberPrefix',
      'kind',
      'name',
    ]);
    expect(bad.body.details.find((d: { field: string }) => d.field === 'caseNumberPrefix').message).toContain(
      '案号字号',
    );
    await t
      .http()
      .patch('/api/organisations/not-a-uuid')
      .auth(admin, { type: 'bearer' })
      .send({})
      .expect(404);
    await t
      .http()
      .patch('/api/organisations/00000000-0000-4000-8000-000000000000')
      .auth(admin, { type: 'bearer' })
      .send({ name: 'x' })
      .expect(404);
  });

  it('keeps the type of a mediation body (issue 19: 9 types, not 2 kinds) and refuses it elsewhere', async () => {
    const admin = await t.tokenOf('admin');
    const roots = await treeOf('admin');
    const sfs = roots.find((r) => r.name === '诸暨市司法局')!.children[0]!;
    expect(sfs.children.find((c) => c.name === '老杨调解中心')).toMatchObject({
      type: 'stationed_room',
      courtRoster: true,
    });
    const created = await t
      .http()
      .post('/api/organisations')
      .auth(admin, { type: 'bearer' })
      .send({ name: '枫桥镇交通事故人民调解委员会', kind: 'committee', type: 'industry', parentId: sfs.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'industry', courtRoster: false });
    const listed = await t
      .http()
      .patch(`/api/organisations/${created.body.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ courtRoster: true });
    expect(listed.body).toMatchObject({ type: 'industry', courtRoster: true });
    const badType = await t
      .http()
      .patch(`/api/organisations/${created.body.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ type: 'hamlet' });
    expect([badType.status, badType.body.details[0].message]).toEqual([400, '调解组织类型无效']);
    const onOffice = await t
      .http()
      .patch(`/api/organisations/${sfs.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ type: 'village' });
    expect([onOffice.status, onOffice.body.details[0].message]).toEqual([
      400,
      '只有调解组织才有调解组织类型',
    ]);
    const [row] = await t.dataSource.query('SELECT type FROM organisations WHERE id = $1', [sfs.id]);
    expect(row.type).toBeNull();
  });
});
