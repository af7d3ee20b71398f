import { compileMatcher, type Matcher } from './aho-corasick.js';
import { ASKS, LEXICON, NEGATORS, SHAPED_IDS } from './lexicon.js';
import { normalize } from './normalize.js';
import type { SignalCategory } from './types.js';

/** What a compiled term reports; `undefined` for a negator. */
export interface TermGroup {
  readonly id: string;
  readonly category: SignalCategory;
  readonly shape: 'phone' | 'url' | undefined;
}

/** One compiled term and how its edges must sit. */
export interface CompiledTerm {
  readonly group: TermGroup | undefined;
  /** A request word (see `ASKS`), or a lexicon term marked `!` that asks for itself ("念一下"). */
  readonly ask: boolean;
  /** A `~` entry of `ASKS`: hides the shorter request word inside it. */
  readonly quiet: boolean;
  /** The term starts with a letter or digit, so the character before it must not be one. */
  readonly wordStart: boolean;
  /** The term ends with a letter or digit and is not a prefix (`refund*`), so the next character must not be one. */
  readonly wordEnd: boolean;
  /**
   * A multi-word term with its spaces taken out, for text spelled apart letter by letter (g o t o a w e b s i t e),
   * where the words' own spaces are gone too: it counts only inside such a run.
   */
  readonly joinedOnly: boolean;
}

export interface CompiledLexicon {
  readonly matcher: Matcher;
  readonly terms: readonly CompiledTerm[];
}

export const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));

let compiled: CompiledLexicon | undefined;

/** The lexicon and negators as one automaton, built on first use and kept for the life of the module. */
export function compiledLexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const patterns: string[] = [];
  const terms: CompiledTerm[] = [];
  const add = (raw: string, group?: TermGroup, ask = false): void => {
    const prefix = raw.endsWith('*');
    const asking = raw.endsWith('!');
    const quiet = raw[0] === '~';
    const text = normalize(prefix || asking ? raw.slice(0, -1) : quiet ? raw.slice(1) : raw).text;
    // Every term has every field, so the matcher's callback reads one object shape.
    const term: CompiledTerm = {
      group,
      ask: ask || asking,
      quiet,
      wordStart: group?.shape !== 'url' && isWordChar(text[0]),
      wordEnd: !prefix && isWordChar(text[text.length - 1]),
      joinedOnly: false,
    };
    patterns.push(text);
    terms.push(term);
    if (/^[a-z0-9' ]+ [a-z0-9' ]+$/.test(text)) {
      patterns.push(text.replace(/ /g, ''));
      terms.push({ ...term, joinedOnly: true });
    }
  };
  for (const [id, list] of Object.entries(LEXICON)) {
    const group = { id, category: id.split('.')[0] as SignalCategory, shape: SHAPED_IDS[id] };
    for (const term of (list ?? '').split('|')) add(term, group);
  }
  for (const term of NEGATORS.split('|')) add(term);
  for (const term of ASKS.split('|')) add(term, undefined, true);
  compiled = { matcher: compileMatcher(patterns), terms };
  return compiled;
}
