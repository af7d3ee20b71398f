/** What the buyer can activate to leave for a URL: a link, an image-map area, or a link inside an SVG. */
export type Navigable = HTMLAnchorElement | HTMLAreaElement | SVGAElement;

const attribute = (element: Element, name: string) => Element.prototype.getAttribute.call(element, name);

// Not `instanceof SVGAElement`: some DOMs (happy-dom, older engines) have no such class.
const isSvgLink = (node: unknown): node is SVGAElement =>
  node instanceof Element && node.localName === 'a' && node.namespaceURI === 'http://www.w3.org/2000/svg';

/** The absolute URL `element` leads to, or `''` when it leads nowhere (no href). */
export function destinationOf(element: Navigable): string {
  const raw = isSvgLink(element) ? element.href.baseVal : attribute(element, 'href');
  return raw === null || raw === '' ? '' : resolve(raw, element.baseURI);
}

/**
 * Where submitting `form` (with `submitter`, the button pressed) sends the buyer, or `''` for
 * a dialog form, which goes nowhere. Read from the attributes through the prototype, because
 * a control named `action` or `getAttribute` would stand in for the form's own properties.
 */
export function formDestination(form: HTMLFormElement, submitter: HTMLElement | null): string {
  const method = (submitter && attribute(submitter, 'formmethod')) ?? attribute(form, 'method');
  if (method?.trim().toLowerCase() === 'dialog') return '';
  const action = (submitter && attribute(submitter, 'formaction')) ?? attribute(form, 'action');
  return resolve(action?.trim() || form.ownerDocument.URL, form.baseURI);
}

/** The first link-like element on an event's path before `container` (open shadow roots included). */
export function navigableOnPath(event: Event, container: Node): Navigable | undefined {
  const path = event.composedPath();
  const end = path.indexOf(container);
  return path
    .slice(0, end < 0 ? path.length : end)
    .find(
      (node): node is Navigable =>
        (node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement || isSvgLink(node)) &&
        destinationOf(node) !== '',
    );
}

function resolve(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    // checkUrl calls what it cannot parse invalid, and the guard lets it be.
    return url;
  }
}
