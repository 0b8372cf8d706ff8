import { requestFingerprint } from './idempotency.service.js';

describe('the fingerprint of an idempotent request', () => {
  const body = { title: '漏水', parties: [{ name: '王秀英', role: 'applicant' }], source: 'phone' };

  it('is the same for the same body, whatever the order of its keys', () => {
    const reordered = { source: 'phone', parties: [{ role: 'applicant', name: '王秀英' }], title: '漏水' };
    expect(requestFingerprint(reordered)).toBe(requestFingerprint(body));
  });

  it('differs when a value or the order of a list differs', () => {
    expect(requestFingerprint({ ...body, title: '噪音' })).not.toBe(requestFingerprint(body));
    const two = { ...body, parties: [...body.parties, { name: '刘建平', role: 'respondent' }] };
    const swapped = { ...body, parties: [...two.parties].reverse() };
    expect(requestFingerprint(swapped)).not.toBe(requestFingerprint(two));
  });
});
