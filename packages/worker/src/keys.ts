/**
 * The part of `key` Redis Cluster hashes: the text inside the first non-empty `{...}`, else the key.
 * Keys with the same tag live in the same slot, which is what lets one script touch them together.
 */
export function hashTag(key: string): string {
  const open = key.indexOf('{');
  if (open !== -1) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) return key.slice(open + 1, close);
  }
  return key;
}

/** A key in the same cluster slot as `key`. */
export const besideKey = (key: string, suffix: string): string => `{${hashTag(key)}}:${suffix}`;

/** Every key the worker writes, from the stream names and a prefix. */
export interface Keys {
  /** Entries read by the group but not yet recorded in their conversation (see `stream.ts`). */
  unrecorded: string;
  /** Per-conversation context: the turn summaries scoring needs, never text. */
  context(conversation: string): string;
  /** Marks a message whose verdict is written, so a redelivery writes none. */
  seen(message: string): string;
}

export function keysFor(stream: string, group: string, verdicts: string, prefix: string): Keys {
  return {
    unrecorded: besideKey(stream, `${prefix}:unrecorded:${group}`),
    // The conversation is the tag, so a conversation's context sits in one slot whatever the node count.
    context: (conversation) => `${prefix}:ctx:${group}:{${conversation}}`,
    seen: (message) => besideKey(verdicts, `${prefix}:seen:${group}:${message}`),
  };
}
