import { editDistance } from './distance.js';
import type { UrlReasonId } from './explanations.js';
import { splitHost } from './host.js';
import { decodeHost } from './punycode.js';
import { latinize, skeleton } from './skeleton.js';
import { LURE_WORDS } from './tables.js';

/** A label made only of lure words and numbers, hyphens allowed between them. */
const LURE = new RegExp(`^-*(?:(?:${LURE_WORDS}|\\d+)-*)+$`);

/** Fuzzy matching needs room: on short names one edit lands on real, unrelated sites. */
const MIN_FUZZY = 5;

/** A label that the eye reads as `brand`: same skeleton, or a small typo of a long enough name. */
function looksLike(label: string, brand: string): UrlReasonId | null {
  if (label === brand) return null;
  const a = skeleton(label);
  const b = skeleton(brand);
  if (a === b) {
    const squeeze = (s: string) => s.replace(/-/g, '').replace(/(.)\1+/g, '$1');
    return squeeze(label) === squeeze(brand) ? 'typo' : 'homoglyph';
  }
  if (Math.min(label.length, brand.length) < MIN_FUZZY) return null;
  const allowed = brand.length > 8 ? 2 : 1;
  // Squeezing doubles can widen a gap (aazon → azon), so the unsqueezed forms get a say too.
  const near = (x: string, y: string) => editDistance(x, y, allowed) <= allowed;
  return near(a, b) || near(skeleton(label, false), skeleton(brand, false)) ? 'typo' : null;
}

/** A brand with lure words or numbers glued on (taobao-refund, kefutaobao, secure-alipay). */
function withLure(label: string, brand: string): boolean {
  const plain = latinize(label, false);
  const at = plain.indexOf(brand);
  if (at >= 0) {
    const before = plain.slice(0, at);
    const after = plain.slice(at + brand.length);
    const hyphenated = before.endsWith('-') || after.startsWith('-');
    if ((before || after) && (!before || LURE.test(before)) && (!after || LURE.test(after))) return true;
    if (hyphenated && brand.length >= MIN_FUZZY) return true;
  }
  // A misspelt brand with a lure word: taobo-kefu.
  const parts = plain.split('-').filter(Boolean);
  return (
    parts.length > 1 && parts.some((p, i) => looksLike(p, brand) && parts.every((q, j) => j === i || LURE.test(q)))
  );
}

/** The official domain a host imitates and how. */
export type Imitation = readonly [domain: string, reason: UrlReasonId];

/**
 * Finds which official domain a (non-official) host imitates, or null: name tricks first, then suffix and subdomain
 * tricks.
 */
export function findImitation(host: string, officials: readonly string[]): Imitation | null {
  const unicode = decodeHost(host);
  const parts = splitHost(unicode);
  const subPath = `.${parts.sub.join('.')}.`;
  for (const domain of officials) {
    if (subPath.includes(`.${domain}.`)) return [domain, 'subdomain-trick'];
    for (const [brand, suffix] of brandsOf(domain)) {
      let id: UrlReasonId | null =
        looksLike(parts.name, brand) ?? (withLure(parts.name, brand) ? 'brand-keyword' : null);
      if (!id && parts.name === brand && parts.suffix !== suffix) id = 'tld-swap';
      const inSub = (l: string) => l === brand || skeleton(l) === skeleton(brand) || withLure(l, brand);
      if (!id && brand.length >= MIN_FUZZY && parts.sub.some(inSub)) id = 'subdomain-trick';
      if (id) return [domain, id];
    }
  }
  return null;
}

/**
 * The names an official domain is known by, each with the suffix it is registered under: its registered name,
 * plus distinctive labels in front of it (`weixin` in weixin.qq.com, no suffix of their own), whose imitations
 * are just as convincing.
 */
function brandsOf(domain: string): (readonly [brand: string, suffix: string | null])[] {
  const { name, suffix, sub } = splitHost(domain);
  const distinctive = sub.filter((l) => l.length >= 4 && !LURE.test(l));
  return [...(name ? [[name, suffix] as const] : []), ...distinctive.map((brand) => [brand, null] as const)];
}

/** The official domain named in a URL's userinfo (`taobao.com@evil.cn`), or null. */
export function findUserinfoImitation(userinfo: string, officials: readonly string[]): string | null {
  const text = latinize(userinfo, false);
  const words = text.split(/[^a-z0-9-]+/);
  for (const domain of officials) {
    const brand = splitHost(domain).name;
    if (text.includes(domain) || (brand && words.some((w) => w === brand || looksLike(w, brand)))) return domain;
  }
  return null;
}
