import type { UrlCheck } from '@refundguard/core';
import { noticeFromUrl } from './notices.js';
import type { RiskHost } from './risk-host.js';

/** What the link guard needs: a URL check that already knows the official domains and the page's base. */
export interface LinkGuardHost extends RiskHost {
  checkUrl(href: string): UrlCheck;
}

/**
 * Intercept clicks on links inside `container` that leave the platform.
 * A lookalike of an official domain opens the risk dialog and navigates only on
 * "continue anyway"; any other outside site gets an inline caution first, and a
 * second click on the same link goes through.
 * Returns a function that stops guarding and removes the cautions it placed.
 */
export function guardLinks(container: Node, host: LinkGuardHost): () => void {
  const cautioned = new Map<Element, () => void>();
  const passing = new WeakSet<Element>();

  const follow = (link: HTMLAnchorElement) => {
    passing.add(link);
    link.click();
  };

  const onClick = (event: Event) => {
    const mouse = event as MouseEvent;
    if (mouse.button !== 0 || event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || !container.contains(link)) return;
    if (passing.has(link)) {
      passing.delete(link);
      return;
    }
    const check = host.checkUrl(link.href);
    if (check.verdict === 'official' || check.verdict === 'invalid') return;
    const notice = noticeFromUrl(check);
    if (check.level === 'high') {
      event.preventDefault();
      host.report(notice);
      host.openDialog({ ...notice, onContinue: () => follow(link) });
      return;
    }
    if (cautioned.has(link)) return;
    event.preventDefault();
    host.report(notice);
    cautioned.set(link, host.placeCaution(link, notice));
  };

  container.addEventListener('click', onClick, true);
  return () => {
    container.removeEventListener('click', onClick, true);
    for (const remove of cautioned.values()) remove();
    cautioned.clear();
  };
}
