import { describe, expect, it } from 'vitest';
import { latinize, SINGLE } from '../../../src/detect/url/skeleton.js';

/** The look-alike table as a Map of its pairs, as latinize read it before it read the string in place. */
const map = new Map<string, string>();
for (let i = 0; i < SINGLE.length; i += 2) map.set(SINGLE.charAt(i), SINGLE.charAt(i + 1));

function latinizeWithMap(label: string, digits: boolean): string {
  let out = '';
  for (const ch of label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()) {
    out += (digits || ch > '9' ? map.get(ch) : undefined) ?? ch;
  }
  return out;
}

describe('latinize', () => {
  it('reads the look-alike table as its pairs, on every UTF-16 unit, with and without digits', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const digits of [true, false]) {
        if (latinize(char, digits) !== latinizeWithMap(char, digits)) differ.push(char);
      }
    }
    expect(differ).toEqual([]);
    expect(latinize('tаоbао-1.com')).toBe('taobao-l.com');
    expect(latinize('tаоbао-1.com', false)).toBe('taobao-1.com');
  });
});
