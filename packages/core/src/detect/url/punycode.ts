// RFC 3492 decoding only: browsers have no domainToUnicode, and a lookalike check only ever reads hosts.
// Its parameters are written as the numbers they are, as damp (700), the initial bias (72) and n (128) are:
// base 36, tmin 1, tmax 26. Named constants cost the script tag bytes, since its minifier keeps them as variables.

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  // ((base - tmin) * tmax) / 2, then base - tmin and base - tmin + 1.
  while (d > 455) {
    d = Math.floor(d / 35);
    k += 36;
  }
  return k + Math.floor((36 * d) / (d + 38));
}

/** A punycode digit (a–z are 0–25, 0–9 are 26–35), or 36 (the base) for a character that is none. */
function digitOf(char: string): number {
  const value = Number.parseInt(char, 36);
  return value >= 0 ? (value + 26) % 36 : 36;
}

/** Decodes one `xn--` label to Unicode; returns the label unchanged when it is not valid punycode. */
export function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const input = label.slice(4);
  const cut = input.lastIndexOf('-');
  const out: number[] = [];
  for (let j = 0; j < Math.max(cut, 0); j++) out.push(input.charCodeAt(j));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = cut > 0 ? cut + 1 : 0; at < input.length; ) {
    const before = i;
    let w = 1;
    for (let k = 36; ; k += 36) {
      const digit = at < input.length ? digitOf(input.charAt(at++)) : 36;
      if (digit >= 36) return label;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= 36 - t;
      if (w > 0x7fffffff) return label;
    }
    const size = out.length + 1;
    bias = adapt(i - before, size, before === 0);
    n += Math.floor(i / size);
    i %= size;
    if (n > 0x10ffff) return label;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** Decodes every punycode label of a host. */
export const decodeHost = (host: string): string => host.split('.').map(decodeLabel).join('.');
