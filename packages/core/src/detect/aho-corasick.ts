/** A pattern occurrence: `pattern` indexes the list given to {@link compileMatcher}; `end` is exclusive. */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

/** Finds every occurrence of many patterns in one left-to-right pass. */
export interface Matcher {
  /** Calls `onHit` for every occurrence, overlapping and nested ones included, in order of their end. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void;
}

const ROOT = 0;
/** Child transitions of all nodes share one map keyed by node and UTF-16 unit (node * 2^16 + unit). */
const key = (node: number, unit: number): number => node * 0x10000 + unit;

/**
 * Compiles an Aho-Corasick automaton over UTF-16 code units. Each node keeps its failure link and an
 * output link to the nearest node on its failure chain that ends a pattern, so patterns that are
 * suffixes of other patterns ("码" inside "验证码") are reported without walking the whole chain.
 * Duplicate patterns keep the first index.
 */
export function compileMatcher(patterns: readonly string[]): Matcher {
  const next = new Map<number, number>();
  const rootNext = new Int32Array(0x10000);
  const terminal: number[] = [-1];
  const depth: number[] = [0];
  const fail: number[] = [ROOT];
  const outputLink: number[] = [-1];

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const k = key(node, pattern.charCodeAt(i));
      let child = next.get(k);
      if (child === undefined) {
        child = terminal.length;
        next.set(k, child);
        terminal.push(-1);
        depth.push(i + 1);
        fail.push(ROOT);
        outputLink.push(-1);
      }
      node = child;
    }
    if (terminal[node] === -1) terminal[node] = index;
  });

  // The root's children, keys below 2^16, also go in a flat table.
  for (const [k, child] of next) if (k < 0x10000) rootNext[k] = child;

  const step = (node: number, unit: number): number => {
    let current = node;
    for (;;) {
      if (current === ROOT) return rootNext[unit] as number;
      const child = next.get(key(current, unit));
      if (child !== undefined) return child;
      current = fail[current] as number;
    }
  };

  // Failure and output links, shallower nodes first: a node's links lead only to shallower ones, so theirs are set.
  for (const [k, child] of [...next].sort((x, y) => (depth[x[1]] as number) - (depth[y[1]] as number))) {
    if (k < 0x10000) continue;
    const target = step(fail[Math.floor(k / 0x10000)] as number, k % 0x10000);
    fail[child] = target;
    outputLink[child] = terminal[target] !== -1 ? target : (outputLink[target] as number);
  }

  return {
    scan(text, onHit) {
      let node = ROOT;
      for (let i = 0; i < text.length; i++) {
        node = step(node, text.charCodeAt(i));
        if (node === ROOT) continue;
        for (let out = terminal[node] !== -1 ? node : (outputLink[node] as number); out !== -1; ) {
          onHit(terminal[out] as number, i + 1 - (depth[out] as number), i + 1);
          out = outputLink[out] as number;
        }
      }
    },
  };
}
