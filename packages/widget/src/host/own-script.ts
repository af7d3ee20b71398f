/**
 * The `<script>` element running this file, or `null` when the browser does not say (a
 * `type="module"` script, or code run from another script). Read through the prototype's
 * getter: `<img name="currentScript">` would otherwise answer in its place.
 */
export function ownScriptElement(): HTMLScriptElement | null {
  const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  return current instanceof HTMLScriptElement ? current : null;
}
