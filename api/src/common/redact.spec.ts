import { REDACTED, redact } from './redact.js';

describe('redact', () => {
  it('replaces personal data at any depth and keeps the rest', () => {
    const out = redact({
      title: '楼上漏水',
      parties: [{ name: '张三', idNumber: '330681199001011234', phone: '13800000001' }],
      session: { privateNotes: '只对调解员说的话', summary: '现场查看' },
      passwordHash: '$argon2id$...',
    });
    expect(out).toEqual({
      title: '楼上漏水',
      parties: [{ name: '张三', idNumber: REDACTED, phone: REDACTED }],
      session: { privateNotes: REDACTED, summary: '现场查看' },
      passwordHash: REDACTED,
    });
    expect(JSON.stringify(out)).not.toContain('330681199001011234');
  });

  it('keeps absent values absent', () => {
    expect(redact({ phone: null })).toEqual({ phone: null });
  });
});
