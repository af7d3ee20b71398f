// RFC 3492 decoding only: browsers have no domainToUnicode, and a lookalike check only ever reads hosts.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + 38));
}

/** A punycode digit (a–z are 0–25, 0–9 are 26–35), or BASE for a character that is none. */
function digitOf(char: string): number {
  const value = Number.parseInt(char, 36);
  return value >= 0 ? (value + 26) % BASE : BASE;
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
    for (let k = BASE; ; k += BASE) {
      const digit = at < input.length ? digitOf(input.charAt(at++)) : BASE;
      if (digit >= BASE) return label;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
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
