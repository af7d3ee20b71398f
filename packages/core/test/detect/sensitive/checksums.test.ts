import { describe, expect, it } from 'vitest';
import { isResidentId, passesLuhn } from '../../../src/detect/sensitive/checksums.js';

describe('passesLuhn', () => {
  it('accepts published test card numbers', () => {
    for (const n of [
      '4111111111111111',
      '5555555555554444',
      '378282246310005',
      '6011111111111117',
      '3530111333300000',
    ]) {
      expect(passesLuhn(n)).toBe(true);
    }
  });
  it('rejects a number with one digit changed or two digits swapped', () => {
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('5555555555554434')).toBe(false);
  });
});

/** Completes 17 digits with their MOD 11-2 check character, so a test can vary one thing at a time. */
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

describe('isResidentId', () => {
  const today = new Date(Date.UTC(2026, 0, 1));
  it('accepts a number whose MOD 11-2 check character matches, X included', () => {
    expect(isResidentId('11010519491231002X', today)).toBe(true);
    expect(isResidentId('11010519491231002x', today)).toBe(true);
    expect(isResidentId(withCheck('44052418800101001'), today)).toBe(false); // born before 1900
    expect(isResidentId(withCheck('32010219900307451'), today)).toBe(true);
  });
  it('rejects a wrong check character', () => {
    expect(isResidentId('110105194912310021', today)).toBe(false);
    const valid = withCheck('32010219900307451');
    expect(isResidentId(valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0'), today)).toBe(false);
  });
  it('rejects dates that do not exist or lie in the future', () => {
    expect(isResidentId(withCheck('11010519900229123'), today)).toBe(false); // 1990 was not a leap year
    expect(isResidentId(withCheck('11010520000229123'), today)).toBe(true); // 2000 was
    expect(isResidentId(withCheck('11010519901301123'), today)).toBe(false); // month 13
    expect(isResidentId(withCheck('11010519900431123'), today)).toBe(false); // 31 April
    expect(isResidentId(withCheck('11010520300101123'), today)).toBe(false); // not born yet
  });
});
