import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHost, decodeLabel } from '../../../src/detect/url/punycode.js';

describe('decodeLabel', () => {
  it('decodes like the platform decoder', () => {
    for (const host of ['xn--tobao-4ve.com', 'xn--fiqs8s.cn', 'xn--mnchen-3ya.de', 'xn--bcher-kva.example']) {
      expect(decodeHost(host)).toBe(domainToUnicode(host));
    }
  });

  it('round-trips any Unicode label the URL parser encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (label) => {
        let host: string;
        try {
          host = new URL(`http://${label}.example/`).hostname;
        } catch {
          return;
        }
        expect(decodeHost(host)).toBe(domainToUnicode(host));
      }),
    );
  });

  it('returns invalid punycode unchanged', () => {
    expect(decodeLabel('xn--!!')).toBe('xn--!!');
    expect(decodeLabel('plain')).toBe('plain');
  });
});
