// A newcomer follows README and docs link by link: every relative link, #anchor and image must lead somewhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docsDir = join(root, 'docs');
const docs = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(docsDir, name));
const checked = [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...docs];

interface Link {
  target: string;
  image: boolean;
}

/** The text with fenced code blocks blanked, so examples inside them are not read as links or headings. */
function withoutCodeBlocks(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opener = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === null && opener) {
        fence = opener;
        return '';
      }
      if (fence !== null) {
        if (line.trim().startsWith(fence)) fence = null;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Relative links and images of a Markdown file: inline, reference definitions and HTML attributes. */
function linksOf(markdown: string): Link[] {
  const prose = withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '');
  const links: Link[] = [];
  for (const match of prose.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[2] ?? '', image: match[1] === '!' });
  }
  for (const match of prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    links.push({ target: match[1] ?? '', image: false });
  }
  for (const match of prose.matchAll(/<(img|a)\b[^>]*?\b(src|href)="([^"]+)"/g)) {
    links.push({ target: match[3] ?? '', image: match[1] === 'img' });
  }
  const external = /^([a-z][a-z\d+.-]*:|\/\/)/i;
  return links.filter((link) => link.target !== '' && !external.test(link.target));
}

/** Anchors GitHub gives the headings (and explicit `id`/`name` anchors) of a Markdown file. */
function anchorsOf(markdown: string): Set<string> {
  const prose = withoutCodeBlocks(markdown);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of prose.matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = (match[1] ?? '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '');
    const slug = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const match of prose.matchAll(/<a\b[^>]*\b(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  return anchors;
}

/** Every link of `file` (a Markdown text at that path) that leads nowhere, with the reason. */
function brokenLinks(file: string, markdown: string, read = (path: string) => readFileSync(path, 'utf8')) {
  const broken: string[] = [];
  for (const { target, image } of linksOf(markdown)) {
    const [pathPart = '', anchor] = target.split('#', 2);
    const path = pathPart === '' ? file : resolve(dirname(file), decodeURI(pathPart));
    if (path !== file && !existsSync(path)) {
      broken.push(`${target}: no such file`);
      continue;
    }
    if (image && (path === file || !statSync(path).isFile())) {
      broken.push(`${target}: not an image file`);
      continue;
    }
    if (anchor !== undefined && path.endsWith('.md')) {
      const text = path === file ? markdown : read(path);
      if (!anchorsOf(text).has(decodeURIComponent(anchor))) broken.push(`${target}: no heading for #${anchor}`);
    }
  }
  return broken;
}

const linkedFiles = (file: string) =>
  new Set(
    linksOf(readFileSync(file, 'utf8')).map(({ target }) =>
      resolve(dirname(file), decodeURI(target.split('#')[0] || relative(dirname(file), file))),
    ),
  );

describe('documentation links', () => {
  it.each(checked.map((file) => [relative(root, file), file]))(
    '%s: every relative link, anchor and image resolves',
    (_, file) => {
      expect(brokenLinks(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the docs index and the README link every page in docs/', () => {
    for (const index of [join(docsDir, 'README.md'), join(root, 'README.md')]) {
      const linked = linkedFiles(index);
      const missing = docs.filter((doc) => doc !== index && !linked.has(doc)).map((doc) => relative(root, doc));
      expect({ index: relative(root, index), missing }).toEqual({ index: relative(root, index), missing: [] });
    }
  });

  it('the README shows at least one screenshot from docs/images', () => {
    const images = linksOf(readFileSync(join(root, 'README.md'), 'utf8')).filter((link) => link.image);
    expect(images.map((image) => image.target)).toContainEqual(expect.stringMatching(/^docs\/images\/.+\.png$/));
  });

  it('reports a missing file, a missing heading and a missing image, and ignores code and external links', () => {
    const file = join(docsDir, 'example.md');
    const markdown = [
      '# Example page',
      '## Same heading',
      '## Same heading',
      'See [config](config.md#options), [twice](#same-heading-1) and [the site](https://example.com/missing.md).',
      'Broken: [gone](nowhere.md), [no anchor](config.md#no-such-section), ![shot](images/missing.png).',
      '`[not a link](nowhere.md)`',
      '```md',
      '[inside a fence](also-nowhere.md)',
      '```',
    ].join('\n');
    expect(brokenLinks(file, markdown)).toEqual([
      'nowhere.md: no such file',
      'config.md#no-such-section: no heading for #no-such-section',
      'images/missing.png: no such file',
    ]);
  });

  it('gives headings the anchors GitHub gives them', () => {
    const anchors = anchorsOf(
      [
        '# Evaluation (`pnpm eval`)',
        "## How `'auto'` picks the language",
        '## 简体中文 (Simplified Chinese) (`zh-Hans`)',
      ].join('\n'),
    );
    expect([...anchors]).toEqual([
      'evaluation-pnpm-eval',
      'how-auto-picks-the-language',
      '简体中文-simplified-chinese-zh-hans',
    ]);
  });
});
