import { DEMO_PASSWORD } from '../../config/config.js';
import argon2 from 'argon2';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';

describe('passwordProblems', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblems('枫桥经验2026年春季', 'mediator.yang')).toEqual([]);
    expect(passwordProblems('correct horse 7 battery', 'mediator.yang')).toEqual([]);
  });

  it('names every broken rule in Chinese', () => {
    expect(passwordProblems('abc', 'x')).toEqual(['密码至少 10 个字符', '密码须同时包含字母和数字']);
    expect(passwordProblems('1111111111', 'x')).toEqual([
      '密码须同时包含字母和数字',
      '密码不能由同一个字符重复组成',
    ]);
    expect(passwordProblems('Mediator.Yang2026', 'mediator.yang')).toEqual(['密码不能包含用户名']);
  });

  it('refuses the published demo password', () => {
    expect(passwordProblems(DEMO_PASSWORD, 'mediator.yang')).not.toEqual([]);
  });
});

describe('hashPassword', () => {
  it('hashes with argon2id at 19 MiB and 2 passes, and still verifies a hash of the old 64 MiB setting', async () => {
    const hash = await hashPassword('枫桥经验2026年春季');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, '枫桥经验2026年春季')).toBe(true);
    expect(await verifyPassword(hash, '枫桥经验2026年秋季')).toBe(false);
    const old = await argon2.hash('correct horse 7 battery', { type: argon2.argon2id });
    expect(old).toMatch(/m=65536,p=4,t=3/);
    expect(await verifyPassword(old, 'correct horse 7 battery')).toBe(true);
  });
});
