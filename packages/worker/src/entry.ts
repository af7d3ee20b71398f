/** Who may speak in a conversation. */
export const ROLES = ['agent', 'buyer', 'seller', 'system'] as const;

/** One chat message as a producer appends it to the stream. */
export interface ChatMessage {
  conversation: string;
  /** Unique per platform; the worker writes exactly one verdict per message id. */
  message: string;
  role: (typeof ROLES)[number];
  text: string;
  locale?: string;
  officialDomains?: string[];
}

/** Why an entry cannot be scanned; its verdict carries the code and it is acknowledged, never retried. */
export type PoisonCode = 'missing-field' | 'bad-role' | 'text-too-long' | 'bad-official-domains';

export type ParsedEntry =
  | { ok: true; value: ChatMessage }
  | { ok: false; code: PoisonCode; detail: string; conversation: string; message: string };

/** Reads the fields of a stream entry (`[name, value, name, value, …]`). Never throws. */
export function parseEntry(fields: readonly string[], maxTextChars: number): ParsedEntry {
  const get = (name: string): string | undefined => {
    for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
    return undefined;
  };
  const conversation = get('conversation') ?? '';
  const message = get('message') ?? '';
  const poison = (code: PoisonCode, detail: string): ParsedEntry => ({
    ok: false,
    code,
    detail,
    conversation,
    message,
  });

  const text = get('text');
  // An empty text (a sticker, an image) is a message like any other; a missing one is a broken producer.
  const absent = [!conversation && 'conversation', !message && 'message', text === undefined && 'text'].filter(Boolean);
  if (absent.length || text === undefined) return poison('missing-field', absent.join(','));
  const role = get('role') ?? '';
  if (!(ROLES as readonly string[]).includes(role)) return poison('bad-role', role.slice(0, 40));
  if (text.length > maxTextChars) return poison('text-too-long', String(text.length));

  const value: ChatMessage = { conversation, message, role: role as ChatMessage['role'], text };
  const locale = get('locale');
  if (locale) value.locale = locale;
  const domains = get('officialDomains');
  if (domains) {
    const list = readDomains(domains);
    if (!list) return poison('bad-official-domains', domains.slice(0, 80));
    value.officialDomains = list;
  }
  return { ok: true, value };
}

/** A JSON array of strings or a comma-separated list. */
function readDomains(raw: string): string[] | undefined {
  if (!raw.trimStart().startsWith('[')) {
    return raw
      .split(',')
      .map((domain) => domain.trim())
      .filter(Boolean);
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}
