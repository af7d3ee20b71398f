import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A fenced code block in the docs, marked with `<!-- snippet: KIND -->` on the line before it. */
export interface Snippet {
  /** `script-tag`, `cli`, or `from PATH` (the block is copied from that file). */
  kind: string;
  code: string;
}

const MARKED_BLOCK = /<!-- snippet: (.+?) -->\n```\w*\n([\s\S]*?)\n```/g;

/** Every marked code block of a Markdown file (relative to the repository root). */
export function readSnippets(markdownPath: string): Snippet[] {
  const markdown = readFileSync(`${repoRoot}${markdownPath}`, 'utf8');
  const snippets = [...markdown.matchAll(MARKED_BLOCK)].map(([, kind = '', code = '']) => ({ kind, code }));
  const markers = markdown.match(/<!-- snippet:/g)?.length ?? 0;
  if (markers !== snippets.length) throw new Error(`${markdownPath}: a snippet marker is not followed by a code block`);
  return snippets;
}

/** The one snippet of `kind`; throws if there is none or more than one. */
export function snippetOf(snippets: Snippet[], kind: string): string {
  const found = snippets.filter((snippet) => snippet.kind === kind);
  if (found.length !== 1) throw new Error(`expected one "${kind}" snippet, found ${found.length}`);
  return found[0]?.code ?? '';
}

/** A line that stands for code left out of a snippet: `// …` or, inside JSX, `{/* … *\/}`. */
const ELISION = /^\s*(\/\/ …|\{\/\* … \*\/\})\s*$/;

/** The runs of lines between elisions. */
export function chunksOf(code: string): string[][] {
  const chunks: string[][] = [[]];
  for (const line of code.split('\n')) {
    if (ELISION.test(line)) chunks.push([]);
    else chunks.at(-1)?.push(line);
  }
  return chunks.filter((chunk) => chunk.some((line) => line.trim()));
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * Where `chunk` occurs in `lines` at or after `from`, allowing the whole chunk to sit deeper (a
 * snippet may show a function body without its indentation). Returns the line after it, or -1.
 */
export function findChunk(lines: string[], chunk: string[], from = 0): number {
  const base = Math.min(...chunk.filter((line) => line.trim()).map(indentOf));
  const relative = chunk.map((line) => (line.trim() ? line.slice(base) : ''));
  const first = relative[0] ?? '';
  for (let start = from; start + relative.length <= lines.length; start++) {
    const shift = indentOf(lines[start] ?? '') - indentOf(first);
    if (shift < 0) continue;
    const pad = ' '.repeat(shift);
    const matches = relative.every((line, k) => {
      const source = lines[start + k] ?? '';
      return line === '' ? source.trim() === '' : source === pad + line;
    });
    if (matches) return start + relative.length;
  }
  return -1;
}

/** The chunks of `code` that are not found, in order, in `source`. */
export function missingChunks(code: string, source: string): string[] {
  const lines = source.split('\n');
  const missing: string[] = [];
  let from = 0;
  for (const chunk of chunksOf(code)) {
    const next = findChunk(lines, chunk, from);
    if (next === -1) missing.push(chunk.join('\n'));
    else from = next;
  }
  return missing;
}
