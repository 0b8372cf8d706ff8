import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/cases/42?tab=parties', '/cases/42?tab=parties'],
    ['/', '/'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/login', '/'],
    ['/login?returnUrl=%2F', '/'],
  ])('turns %p into %p', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});
