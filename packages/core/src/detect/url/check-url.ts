import type { ExplanationLocale } from '../explanations.js';
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

/** Schemes that run code or carry a whole page inside the link. */
const ACTIVE_SCHEMES = /^(javascript|data|vbscript):$/;

/** The few app names that are written differently in Chinese; the rest are brand names in every language. */
const APP_NAMES: Record<ExplanationLocale, Record<string, string>> = {
  en: {},
  'zh-Hans': {
    WeChat: '微信',
    WeCom: '企业微信',
    Alipay: '支付宝',
    'Tencent Meeting': '腾讯会议',
    'another app': '其他应用',
    'an app store': '应用商店',
  },
  'zh-Hant': {
    WeChat: '微信',
    WeCom: '企業微信',
    Alipay: '支付寶',
    'Tencent Meeting': '騰訊會議',
    'another app': '其他應用程式',
    'an app store': '應用程式商店',
  },
};

/**
 * A link that opens an app or a call instead of a page (weixin://, tg:, tel:): off the platform in one tap,
 * so `medium` at least. Null for web links and unknown schemes.
 */
function appLink(raw: string, parsed: URL | null): (Omit<UrlCheck, 'reasons'> & { name: string }) | null {
  const scheme = (parsed?.protocol ?? /^\s*([a-z][a-z0-9+.-]*):/i.exec(raw)?.[0].trim() ?? '')
    .slice(0, -1)
    .toLowerCase();
  if (!Object.hasOwn(APP_SCHEMES, scheme)) return null;
  return { level: 'medium', verdict: 'off-platform', host: null, name: APP_SCHEMES[scheme] as string };
}

function parse(url: string, base?: string): URL | null {
  const raw = String(url).trim();
  for (const attempt of [() => new URL(raw), () => (base ? new URL(raw, base) : null)]) {
    try {
      const parsed = attempt();
      if (parsed) return parsed;
    } catch {}
  }
  // A bare "shop.example/x" pasted in a message: read it the way a browser's address bar would.
  if (base || !/^(\/\/)?[^\s/?#@:]+\.[^\s/?#]/.test(raw)) return null;
  try {
    return new URL(`http://${raw.replace(/^\/\//, '')}`);
  } catch {
    return null;
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
  const texts = URL_EXPLANATIONS[locale];
  const reason = (id: UrlReasonId, domain = ''): UrlReason => ({ id, explanation: texts[id].replace('{d}', domain) });
  const reported = <T extends UrlCheck>(check: T): T => (problems.length ? { ...check, problems } : check);
  let base: unknown;
  try {
    base = options?.base;
  } catch {}
  if (base !== undefined && typeof base !== 'string') problems.push('base should be a URL string; ignored');
  if (typeof url !== 'string') problems.push(`url should be a string, got ${url === null ? 'null' : typeof url}`);
  try {
    const baseUrl = typeof base === 'string' && base ? base : undefined;
    const parsed = typeof url === 'string' ? parse(url, baseUrl) : null;
    const app = appLink(typeof url === 'string' ? url : '', parsed);
    if (app) {
      const { name, ...check } = app;
      const explained = name === '' ? reason('phone-link') : reason('app-link', APP_NAMES[locale][name] ?? name);
      return reported({ ...check, reasons: [explained] });
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname) {
      const active = !!parsed && ACTIVE_SCHEMES.test(parsed.protocol);
      return reported({
        level: active ? 'medium' : 'none',
        verdict: 'invalid',
        host: null,
        reasons: [reason('invalid')],
      });
    }
    const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    const baseHost = baseUrl ? parse(baseUrl)?.hostname : undefined;
    if (host === baseHost || officials.some((d) => host === d || host.endsWith(`.${d}`))) {
      return reported({ level: 'none', verdict: 'official', host, reasons: [reason('official')] });
    }
    const userinfo = parsed.username || parsed.password ? decode(`${parsed.username}:${parsed.password}`) : '';
    const named = findImitation(host, officials);
    const hidden = userinfo ? findUserinfoImitation(userinfo, officials) : null;
    if (named || hidden) {
      const imitates = (named?.domain ?? hidden) as string;
      const ids: UrlReasonId[] = [...(named ? [named.reason] : []), ...(hidden ? ['userinfo-trick' as const] : [])];
      return reported({
        level: 'high',
        verdict: 'lookalike',
        host,
        imitates,
        reasons: ids.map((id) => reason(id, imitates)),
      });
    }
    const parts = splitHost(host);
    const site = parts.suffix ? `${parts.name}.${parts.suffix}` : parts.name;
    const cautions: UrlReasonId[] = [];
    if (isIpHost(host)) cautions.push('ip-host');
    if (SHORTENERS.includes(site) || SHORTENERS.includes(host)) cautions.push('shortener');
    if (CHAT_APP_HOSTS.includes(host) || CHAT_APP_HOSTS.includes(site)) cautions.push('chat-app');
    if (userinfo) cautions.push('userinfo-trick');
    return reported({
      level: cautions.length ? 'medium' : 'low',
      verdict: 'off-platform',
      host,
      reasons: ['off-platform' as const, ...cautions].map((id) => reason(id)),
    });
  } catch {
    return reported({ level: 'none', verdict: 'invalid', host: null, reasons: [reason('invalid')] });
  }
}
