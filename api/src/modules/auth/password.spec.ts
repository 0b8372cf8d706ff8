import { DEMO_PASSWORD } from '../../config/config.js';
import { passwordProblems } from './password.js';

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
