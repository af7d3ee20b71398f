/** Luhn (mod 10) check used by every card scheme; `digits` holds ASCII digits only. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Every second digit from the right is doubled, and a two-digit result counts as the sum of its digits.
    const d = (digits.charCodeAt(digits.length - 1 - i) - 48) * (1 + (i % 2));
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

/**
 * A mainland resident identity number (GB 11643): 17 digits, an ISO 7064 MOD 11-2 check character,
 * and a date of birth that exists and is not in the future.
 */
export function isResidentId(id: string, today: Date = new Date()): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  let sum = 0;
  // The weights of GB 11643 are 2^(17 - i) mod 11: 7, 9, 10, 5…
  for (let i = 0; i < 17; i++) sum += (2 ** (17 - i) % 11) * (id.charCodeAt(i) - 48);
  // The check character for each remainder of the sum.
  if ('10X98765432'[sum % 11] !== id.charAt(17).toUpperCase()) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12)) - 1;
  const day = Number(id.slice(12, 14));
  const born = new Date(Date.UTC(year, month, day));
  return year >= 1900 && born.getUTCMonth() === month && born.getUTCDate() === day && born <= today;
}
