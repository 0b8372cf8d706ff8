import { auditDigest, auditValues, changedFields } from './audit-values.js';

describe('auditValues', () => {
  const key = Buffer.alloc(32, 7);
  const HASH = /^hmac:[0-9a-f]{64}$/;

  it('keeps content-free values and hashes every other one, at any depth', () => {
    const out = auditValues(key, 'case', '6f1c2a52-0d7e-4c55-9a4e-2b1f0c3d4e5f', {
      status: 'in_mediation',
      version: 3,
      isPublic: false,
      occurredAt: '2026-11-21',
      at: new Date('2026-11-21T01:30:00.000Z'),
      mediatorId: '1f0c3d4e-0d7e-4c55-9a4e-6f1c2a522b1f',
      pdfSha256: 'a'.repeat(64),
      facts: '申请人患有慢性心脏病',
      parties: [{ kind: 'person', name: 'wang', birthDate: '1985-03-15', age: 41, phone: '13800000001' }],
      caseNumbers: ['(2026)枫老调字第0001号'],
      王秀英: true,
    });
    expect(out).toEqual({
      status: 'in_mediation',
      version: 3,
      isPublic: false,
      occurredAt: '2026-11-21',
      at: '2026-11-21T01:30:00.000Z',
      mediatorId: '1f0c3d4e-0d7e-4c55-9a4e-6f1c2a522b1f',
      pdfSha256: 'a'.repeat(64),
      facts: expect.stringMatching(HASH),
      // Under a personal key even a code, a date or a number is hashed.
      parties: [
        {
          kind: 'person',
          name: expect.stringMatching(HASH),
          birthDate: expect.stringMatching(HASH),
          age: expect.stringMatching(HASH),
          phone: expect.stringMatching(HASH),
        },
      ],
      caseNumbers: [expect.stringMatching(HASH)],
      [Object.keys(out).at(-1)!]: true,
    });
    expect(Object.keys(out).at(-1)).toMatch(HASH);
    expect(JSON.stringify(out)).not.toMatch(/王秀英|心脏|1985|13800000001|wang/);
  });

  it('gives equal values in one field of one record equal hashes, and differs by record, field and key', () => {
    const of = (entityId: string, field: string, k = key) =>
      auditValues(k, 'party', entityId, { [field]: '王秀英' })[field];
    expect(of('a', 'name')).toBe(of('a', 'name'));
    expect(of('a', 'name')).toBe(
      auditDigest(key, { entity: 'party', entityId: 'a', field: 'name' }, '王秀英'),
    );
    expect(of('a', 'name')).not.toBe(of('b', 'name'));
    expect(of('a', 'name')).not.toBe(of('a', 'applicant'));
    expect(of('a', 'name')).not.toBe(of('a', 'name', Buffer.alloc(32, 8)));
  });
});

describe('changedFields', () => {
  it('names the fields set or changed', () => {
    expect(changedFields(null, null)).toBeNull();
    expect(changedFields(null, { b: 1, a: 'x' })).toEqual(['a', 'b']);
    expect(changedFields({ status: 'a', version: 1 }, { status: 'b', version: 1, note: 'h' })).toEqual([
      'note',
      'status',
    ]);
  });
});
