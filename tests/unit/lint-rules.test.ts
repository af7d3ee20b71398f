import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const biome = join(repo, 'node_modules/.bin/biome');

/** Lint a snippet as if it were the file at `path` of a project with this repository's Biome setup. */
function lint(source: string, path: string): string {
  const project = mkdtempSync(join(tmpdir(), 'rg-lint-'));
  const config = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8'));
  delete config.$schema;
  writeFileSync(join(project, 'biome.json'), JSON.stringify(config));
  cpSync(join(repo, 'tools/lint'), join(project, 'tools/lint'), { recursive: true });
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), source);
  try {
    execFileSync(biome, ['lint', '--vcs-enabled=false', '--colors=off', path], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
}

describe('lint rules for shipped code', () => {
  const cases: [string, string][] = [
    ['innerHTML', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['insertAdjacentHTML', "export const f = (el: HTMLElement, s: string) => el.insertAdjacentHTML('beforeend', s);"],
    ['eval', 'export const f = (s: string) => eval(s);'],
    ['new Function', "export const f = () => new Function('return 1');"],
    ['fetch', "export const f = () => fetch('/collect');"],
    ['sendBeacon', "export const f = () => navigator.sendBeacon('/collect', '');"],
    ['XMLHttpRequest', 'export const f = () => new XMLHttpRequest();'],
  ];

  it.each(cases)('rejects %s in packages/*/src', (_name, source) => {
    expect(lint(source, 'packages/widget/src/probe.ts')).toMatch(/forbidden|never makes a network request|eval/i);
  });

  it('allows the same code in tests, where it never ships', () => {
    expect(lint("export const f = () => fetch('/x');\n", 'tests/unit/probe.ts')).toBe('');
  });
});
