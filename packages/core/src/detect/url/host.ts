import { SECOND_LEVEL } from './tables.js';

/** A host cut where a reader should look: the registered name, what comes after it, and what comes before. */
export interface HostParts {
  /** The registered label: `taobao` in `m.taobao.com.cn`. */
  name: string;
  /** The public suffix, approximated without the full list: `com.cn`. */
  suffix: string;
  /** Labels in front of the name: `['m']`. */
  sub: string[];
}

/** Splits a host. Two-label suffixes are recognised by shape (`com.cn`, `co.uk`) so no suffix list ships. */
export function splitHost(host: string): HostParts {
  const labels = host.split('.');
  const n = labels.length;
  // A two-letter country code after a second-level label (com.cn), with a name before them.
  const size = n < 2 ? 0 : n > 2 && labels[n - 1]?.length === 2 && SECOND_LEVEL.test(labels[n - 2] as string) ? 2 : 1;
  return {
    name: labels[n - 1 - size] ?? '',
    suffix: labels.slice(n - size).join('.'),
    sub: labels.slice(0, n - 1 - size),
  };
}

/** Dotted IPv4 (the URL parser already normalises hex and integer forms) or bracketed IPv6. */
export const isIpHost = (host: string): boolean => host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host);
