import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('folds the query and matches it anywhere', () => {
    expect(containsPattern('  Khen   THƯỞNG ')).toBe('%khen thuong%');
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('c:\\x')).toBe('%c:\\\\x%');
  });

  it('has no pattern for a query that is only spaces', () => {
    expect(containsPattern('   ')).toBeUndefined();
  });
});
