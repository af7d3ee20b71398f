import { type ExplanationLocale, explanationLocale } from './explanations.js';

/**
 * Detector options as the detectors use them, after {@link readDetectorOptions}: the same reading for
 * `scanText`, `scanConversation`, `findSensitiveData` and `checkUrl`.
 */
export interface DetectorOptions {
  locale: ExplanationLocale;
  /** Bare, lower-case domains (`taobao.com`), never a scheme, path or `www.`. */
  officialDomains: string[];
  /** What was wrong with the options as given, in plain words; empty when nothing was. */
  problems: string[];
}

/**
 * A domain as a merchant may write it (`https://www.Taobao.com/`, `*.tmall.com`, `taobao.com.`) reduced to
 * the bare host its links use; '' when it is not a domain at all.
 */
export function bareDomain(domain: string): string {
  const bare = domain
    .trim()
    .replace(/^[a-z][\w+.-]*:\/\//i, '')
    .replace(/^\*\./, '');
  if (!bare || /\s/.test(bare)) return '';
  try {
    const host = new URL(`http://${bare}`).hostname.replace(/\.$/, '').replace(/^www\./, '');
    return host.includes('.') && !host.startsWith('.') && !host.startsWith('[') ? host : '';
  } catch {
    return '';
  }
}

/** The type of a value in words, for messages: "null", "an array", "a number". */
const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

function readDomains(value: unknown, problems: string[]): string[] {
  if (value === undefined) return [];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    problems.push(`officialDomains should be a list of domains, got ${describe(value)}; ignored`);
    return [];
  }
  const items: readonly unknown[] = typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : value;
  const domains: string[] = [];
  try {
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      const domain = typeof item === 'string' ? bareDomain(item) : '';
      if (domain) domains.push(domain);
      else {
        const what = typeof item === 'string' ? `"${item.slice(0, 60)}" is not a domain` : `is ${describe(item)}`;
        problems.push(`officialDomains[${index}] ${what}; ignored`);
      }
    }
  } catch {
    problems.push('officialDomains could not be read to the end; the rest ignored');
  }
  return [...new Set(domains)];
}

/**
 * Reads detector options as given by any caller, in any shape, without throwing: a string of
 * comma-separated domains becomes a list, URLs and `www.` forms become bare domains, and anything that
 * cannot be used is left out and described in `problems`. Leaving a domain out can only make a verdict
 * stricter (its links then count as leaving the platform), never weaker.
 */
export function readDetectorOptions(options: unknown): DetectorOptions {
  const problems: string[] = [];
  if (options === undefined || options === null) return { locale: 'en', officialDomains: [], problems };
  if (typeof options !== 'object') {
    problems.push(`options should be an object, got ${describe(options)}; ignored`);
    return { locale: 'en', officialDomains: [], problems };
  }
  let locale: unknown;
  let domains: unknown;
  try {
    ({ locale, officialDomains: domains } = options as { locale?: unknown; officialDomains?: unknown });
  } catch {
    problems.push('options could not be read; ignored');
    return { locale: 'en', officialDomains: [], problems };
  }
  if (locale !== undefined && typeof locale !== 'string') {
    problems.push(`locale should be a language tag such as "zh-Hans", got ${describe(locale)}; English used`);
  }
  return {
    locale: explanationLocale(typeof locale === 'string' ? locale : undefined),
    officialDomains: readDomains(domains, problems),
    problems,
  };
}
