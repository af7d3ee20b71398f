import type { UrlCheck } from '@refundguard/core';
import { destinationOf, formDestination, type Navigable, navigableOnPath } from './navigable.js';
import { noticeFromUrl } from './notices.js';
import type { RiskHost } from './risk-host.js';

/** What the link guard needs: a URL check that already knows the official domains and the page's base. */
export interface LinkGuardHost extends RiskHost {
  checkUrl(href: string): UrlCheck;
}

/**
 * Intercept what leaves the platform from inside `container`: clicks on links (`a`, `area`, SVG
 * `a`, also inside open shadow roots) and form submissions. A lookalike of an official domain
 * opens the risk dialog and goes on only on "continue anyway"; any other outside site or an
 * app or phone link (`weixin://`, `tel:`…) gets an inline caution first, and a second try goes through.
 * Returns a function that stops guarding and removes the cautions it placed.
 */
export function guardLinks(container: Node, host: LinkGuardHost): () => void {
  const cautioned = new Map<Element, () => void>();
  const passing = new WeakSet<Element>();

  /** Decide for one attempt to leave; `goOn` repeats it once the buyer has chosen to. */
  const intercept = (event: Event, element: Element, destination: string, goOn: () => void) => {
    // The buyer's own repeat, after "continue anyway": let it through once.
    if (passing.delete(element)) return;
    const check = host.checkUrl(destination);
    if (check.verdict === 'official' || check.verdict === 'invalid') return;
    const notice = noticeFromUrl(check);
    const again = () => {
      passing.add(element);
      goOn();
    };
    if (check.level === 'high') {
      event.preventDefault();
      host.report(notice);
      host.openDialog({ ...notice, onContinue: again });
      return;
    }
    if (cautioned.has(element)) return;
    event.preventDefault();
    host.report(notice);
    cautioned.set(element, host.placeCaution(element, notice));
  };

  const onClick = (event: Event) => {
    if ((event as MouseEvent).button !== 0 || event.defaultPrevented) return;
    const link = navigableOnPath(event, container);
    if (link) intercept(event, link, destinationOf(link), () => activate(link));
  };

  const onSubmit = (event: Event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    const submitter = (event as SubmitEvent).submitter;
    const destination = formDestination(form, submitter);
    if (destination) {
      intercept(event, form, destination, () =>
        HTMLFormElement.prototype.requestSubmit.call(form, submitter ?? undefined),
      );
    }
  };

  container.addEventListener('click', onClick, true);
  container.addEventListener('submit', onSubmit, true);
  return () => {
    container.removeEventListener('click', onClick, true);
    container.removeEventListener('submit', onSubmit, true);
    for (const remove of cautioned.values()) remove();
    cautioned.clear();
  };
}

/** Follow a link as the buyer's click would have; SVG links have no `click()`. */
function activate(link: Navigable): void {
  if (link instanceof HTMLElement) link.click();
  else link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
