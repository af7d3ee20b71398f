import { inLocale } from '../explanations.js';
import { readDetectorOptions } from '../options.js';
import type { RiskLevel } from '../types.js';
import { URL_EXPLANATIONS, type UrlReasonId } from './explanations.js';
import { isIpHost, splitHost } from './host.js';
import { findImitation, findUserinfoImitation } from './imitation.js';
import { APP_SCHEMES, CHAT_APP_HOSTS, SHORTENERS } from './tables.js';

/** Options for {@link checkUrl}. */
export interface UrlCheckOptions {
  /**
   * The platform's own domains; their subdomains count as official too. Read as in `scanText`: URLs and
   * `www.` forms become bare domains, a comma-separated string a list, anything else is reported.
   */
  officialDomains?: readonly string[] | string;
  /** BCP 47 tag for the explanations (zh-Hans, zh-Hant or en). */
  locale?: string;
  /** The page the link sits on: relative links resolve against it and stay on its site. */
  base?: string;
}

/** Where a link leads, as the buyer should understand it. */
export type UrlVerdict = 'official' | 'off-platform' | 'lookalike' | 'invalid';

/** One reason for a verdict, with a short sentence for the buyer. */
export interface UrlReason {
  id: UrlReasonId;
  explanation: string;
}

/** The result of {@link checkUrl}. */
export interface UrlCheck {
  level: RiskLevel;
  verdict: UrlVerdict;
  /** The host the link really opens (ASCII form), or null when there is none. */
  host: string | null;
  /** The official domain a lookalike imitates. */
  imitates?: string;
  reasons: UrlReason[];
  /** What was wrong with the input or options, in plain words (bad items are left out, never trusted). */
  problems?: string[];
}

/** `read()`, or `otherwise` when it throws: links, their escapes and a caller's options may all be malformed. */
function orElse<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

function parse(url: string, base?: string): URL | null {
  const raw = url.trim();
  const read = (text: string, against?: string) => orElse(() => new URL(text, against), null);
  // Without a base, a bare "shop.example/x" pasted in a message is read the way a browser's address bar would.
  if (base) return read(raw) ?? read(raw, base);
  return read(raw) ?? (/^(\/\/)?[^\s/?#@:]+\.[^\s/?#]/.test(raw) ? read(`http://${raw.replace(/^\/\//, '')}`) : null);
}

/**
 * Judges where a link leads: the platform itself, another site, or a site dressed up as the platform.
 * Never throws; garbage gets `invalid`.
 *
 * @example checkUrl('https://taobao-refund.com/x', { officialDomains: ['taobao.com'] })
 *   // → { level: 'high', verdict: 'lookalike', imitates: 'taobao.com', … }
 */
export function checkUrl(url: string, options?: UrlCheckOptions): UrlCheck {
  const { locale, officialDomains: officials, problems } = readDetectorOptions(options);
  /** The result, each reason explained with `{d}` read as `domain` (the site imitated, or the app). */
  const answer = (
    level: RiskLevel,
    verdict: UrlVerdict,
    host: string | null,
    ids: UrlReasonId[],
    domain = '',
    imitates?: string,
  ): UrlCheck => ({
    level,
    verdict,
    host,
    ...(imitates ? { imitates } : {}),
    reasons: ids.map((id) => ({ id, explanation: inLocale(URL_EXPLANATIONS[id], locale).replace('{d}', domain) })),
    ...(problems.length ? { problems } : {}),
  });
  const base = orElse(() => options?.base as unknown, undefined);
  if (base !== undefined && typeof base !== 'string') problems.push('base should be a URL string; ignored');
  if (typeof url !== 'string') problems.push(`url should be a string, got ${url === null ? 'null' : typeof url}`);
  try {
    const baseUrl = typeof base === 'string' && base ? base : undefined;
    const raw = typeof url === 'string' ? url : '';
    const parsed = typeof url === 'string' ? parse(url, baseUrl) : null;
    // A link that opens an app or a call instead of a page (weixin://, tg:, tel:): off the platform in one tap.
    const scheme = (parsed?.protocol.slice(0, -1) ?? /^\s*([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1] ?? '').toLowerCase();
    if (Object.hasOwn(APP_SCHEMES, scheme)) {
      const app = APP_SCHEMES[scheme] as string;
      return answer('medium', 'off-platform', null, [app ? 'app-link' : 'phone-link'], inLocale(app, locale));
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname) {
      // Schemes that run code or carry a whole page inside the link are a caution.
      const active = parsed && /^(javascript|data|vbscript):$/.test(parsed.protocol);
      return answer(active ? 'medium' : 'none', 'invalid', null, ['invalid']);
    }
    // The URL parser has already lower-cased and IDNA-mapped an http(s) host; only a trailing dot is left to drop.
    const host = parsed.hostname.replace(/\.$/, '');
    const baseHost = baseUrl ? parse(baseUrl)?.hostname : undefined;
    if (host === baseHost || officials.some((d) => host === d || host.endsWith(`.${d}`))) {
      return answer('none', 'official', host, ['official']);
    }
    const userinfo = parsed.username || parsed.password ? `${parsed.username}:${parsed.password}` : '';
    // The site the host's own name imitates and how; then one named before an "@".
    const [named, trick] = findImitation(host, officials) ?? [];
    const hidden = userinfo
      ? findUserinfoImitation(
          orElse(() => decodeURIComponent(userinfo), userinfo),
          officials,
        )
      : null;
    if (named || hidden) {
      const imitates = (named ?? hidden) as string;
      const ids: UrlReasonId[] = trick ? [trick] : [];
      if (hidden) ids.push('userinfo-trick');
      return answer('high', 'lookalike', host, ids, imitates, imitates);
    }
    const parts = splitHost(host);
    const site = parts.suffix ? `${parts.name}.${parts.suffix}` : parts.name;
    const cautions: UrlReasonId[] = [];
    if (isIpHost(host)) cautions.push('ip-host');
    if (SHORTENERS.includes(site) || SHORTENERS.includes(host)) cautions.push('shortener');
    if (CHAT_APP_HOSTS.includes(host) || CHAT_APP_HOSTS.includes(site)) cautions.push('chat-app');
    if (userinfo) cautions.push('userinfo-trick');
    return answer(cautions.length ? 'medium' : 'low', 'off-platform', host, ['off-platform', ...cautions]);
  } catch {
    return answer('none', 'invalid', null, ['invalid']);
  }
}
