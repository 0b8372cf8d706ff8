import { readSessionToken, signSessionToken } from './session-token.js';

const SECRET = 's'.repeat(40);
const ID = '6f1c2a52-5f0e-4c1e-9d55-3c1b2a4e5f60';

describe('session tokens', () => {
  it('round-trips a session id', () => {
    expect(readSessionToken(SECRET, signSessionToken(SECRET, ID))).toBe(ID);
  });

  it('refuses a token signed with another secret', () => {
    expect(readSessionToken(SECRET, signSessionToken('t'.repeat(40), ID))).toBeUndefined();
  });

  it('refuses a token whose session id was changed', () => {
    const token = signSessionToken(SECRET, ID).replace(ID, ID.replace('6f', '7f'));
    expect(readSessionToken(SECRET, token)).toBeUndefined();
  });

  it('refuses garbage', () => {
    for (const token of ['', 'a.b', 'tj1..', 'tj1.x.y.z', `tj1.${ID}.`]) {
      expect(readSessionToken(SECRET, token)).toBeUndefined();
    }
  });
});
