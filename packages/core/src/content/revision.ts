/**
 * A short, stable fingerprint of rendered content (FNV-1a over its JSON, base 36).
 * Not cryptographic: it only has to change when the wording does, so that a
 * reminder the buyer has dismissed comes back once it says something new.
 */
export function contentRevision(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
