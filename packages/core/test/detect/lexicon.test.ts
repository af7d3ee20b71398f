import { describe, expect, it } from 'vitest';
import { ASKS, LEXICON, NEGATORS } from '../../src/detect/lexicon.js';
import { normalize } from '../../src/detect/normalize.js';

const terms = (list: string) => list.split('|').map((term) => normalize(term.replace(/^~|[*!]$/g, '')).text);

describe('lexicon', () => {
  it('has no empty term', () => {
    for (const list of [...Object.values(LEXICON), NEGATORS, ASKS]) expect(terms(list ?? '')).not.toContain('');
  });

  it('gives every request word its own pattern, so none is lost to a lexicon term or negator', () => {
    // The matcher keeps one meaning per pattern; a request word equal to another term would never ask.
    const others = new Set([...Object.values(LEXICON).flatMap((list) => terms(list ?? '')), ...terms(NEGATORS)]);
    expect(terms(ASKS).filter((term) => others.has(term))).toEqual([]);
  });
});
