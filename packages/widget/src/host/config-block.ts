/** The JSON config a `data-config="ID"` attribute points at, or why it was refused. */
export type ConfigBlock = { element: HTMLScriptElement; ignored: number } | { refused: string };

const attributeOf = (element: Element, name: string) => Element.prototype.getAttribute.call(element, name);

const isJsonScript = (element: Element): element is HTMLScriptElement =>
  element instanceof HTMLScriptElement && attributeOf(element, 'type')?.trim().toLowerCase() === 'application/json';

/**
 * Find the merchant's `<script type="application/json" id="ID">`. Any page content can carry an
 * id (a review, a comment: sanitizers keep ids), so only a JSON script element counts, and it
 * must be the only one with that id; elements of other kinds with the id are named, never read.
 * The document's methods are taken from the prototype, because `<img name="getElementById">`
 * would replace them on `document`.
 */
export function findConfigBlock(id: string, doc: Document): ConfigBlock {
  const named = [...Document.prototype.querySelectorAll.call(doc, '[id]')].filter(
    (element) => attributeOf(element, 'id') === id,
  );
  const scripts = named.filter(isJsonScript);
  if (named.length === 0) return { refused: `data-config="${id}": no element with that id.` };
  if (scripts.length !== 1) {
    return { refused: `data-config="${id}" must name one <script type="application/json">; config not read.` };
  }
  return { element: scripts[0] as HTMLScriptElement, ignored: named.length - 1 };
}
