import { compileMatcher, type Matcher } from './aho-corasick.js';
import { LEXICON, type LexiconGroup, NEGATORS } from './lexicon.js';
import { normalize } from './normalize.js';

/** One compiled term: which group it belongs to (`undefined` for a negator) and how its edges must sit. */
export interface CompiledTerm {
  readonly group: LexiconGroup | undefined;
  /** The term starts with a letter or digit, so the character before it must not be one. */
  readonly wordStart: boolean;
  /** The term ends with a letter or digit and is not a prefix (`refund*`), so the next character must not be one. */
  readonly wordEnd: boolean;
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
  const add = (raw: string, group: LexiconGroup | undefined): void => {
    const prefix = raw.endsWith('*');
    const text = normalize(prefix ? raw.slice(0, -1) : raw).text;
    patterns.push(text);
    terms.push({
      group,
      wordStart: group?.shape !== 'url' && isWordChar(text[0]),
      wordEnd: !prefix && isWordChar(text[text.length - 1]),
    });
  };
  for (const group of LEXICON) for (const term of group.terms.split('|')) add(term, group);
  for (const term of NEGATORS.split('|')) add(term, undefined);
  compiled = { matcher: compileMatcher(patterns), terms };
  return compiled;
}
