import { Logger } from '@nestjs/common';
import { RedactingLogger, redactLogValue, redactPersonalData } from './redacting-logger.js';

const ID = '330681198503150021';
const PHONE = '13800000001';

describe('redactPersonalData', () => {
  it('masks 身份证号 and phones anywhere in a line, as the list views do', () => {
    expect(redactPersonalData(`当事人 王秀英 ${ID},电话${PHONE}`)).toBe(
      '当事人 王秀英 330681********0021,电话138****0001',
    );
    expect(redactPersonalData('身份证 11010519491231002X;+86 13900000002;0575-87123456')).toBe(
      '身份证 110105********002X;+86 139****0002;0575-****3456',
    );
  });

  it('drops the query string of URLs and paths, which carry searches', () => {
    expect(redactPersonalData(`GET /api/cases?q=王秀英&phone=${PHONE} 500`)).toBe(
      'GET /api/cases?[已脱敏] 500',
    );
    expect(redactPersonalData(`fetch http://x/api/cases/search?q=${ID}`)).toBe(
      'fetch http://x/api/cases/search?[已脱敏]',
    );
  });

  it('leaves ids, timestamps and ordinary numbers alone', () => {
    const line = '4c1f0a2e-13d8-4e0b-9a11-138000000012 sweep at 1795304443085: 12 light(s), +3ms';
    expect(redactPersonalData(line)).toBe(line);
  });
});

describe('redactLogValue', () => {
  it('masks a logged request body by its keys and its text', () => {
    const body = {
      parties: [{ name: '王秀英', idNumber: ID, phone: PHONE, address: `枫源村 12 号,联系 ${PHONE}` }],
      password: 'secret',
    };
    const out = JSON.stringify(redactLogValue(body));
    expect(out).not.toContain(ID);
    expect(out).not.toContain(PHONE);
    expect(out).not.toContain('secret');
    expect(out).toContain('枫源村 12 号,联系 138****0001');
  });

  it('logs an error by its stack, masked', () => {
    const error = new Error(`invalid input syntax for type uuid: "${ID}"`);
    expect(redactLogValue(error)).toEqual(expect.stringContaining('"330681********0021"'));
  });
});

describe('RedactingLogger', () => {
  it('writes masked lines, parameters and stacks to its sink', () => {
    const lines: string[] = [];
    const logger = new RedactingLogger({ colors: false }, (text) => lines.push(text));
    Logger.overrideLogger(logger);
    try {
      new Logger('Errors').error(`POST /api/cases?q=${PHONE}: QueryFailedError ${ID}`);
      logger.warn({ idNumber: ID, note: `电话 ${PHONE}` });
      logger.error('failed', `Error: ${ID}\n    at x (file.js:1:1)`, 'Ctx');
    } finally {
      Logger.overrideLogger(new RedactingLogger());
    }
    const all = lines.join('');
    expect(all).toContain('POST /api/cases?[已脱敏] QueryFailedError 330681********0021');
    expect(all).toContain('[已脱敏]');
    expect(all).not.toContain(ID);
    expect(all).not.toContain(PHONE);
  });
});
