import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExample } from './support/run-example.js';

const SCAMS = ['c-1001', 'c-1003', 'c-1005'];
const BENIGN = ['c-1002', 'c-1004', 'c-1006', 'c-1007'];
const exampleDir = fileURLToPath(new URL('../../examples/node-scan/', import.meta.url));

let run: { code: number | null; output: string };
beforeAll(async () => {
  run = await runExample('node-scan');
}, 120_000);

/** The printed lines about one conversation, from the core part and from the CLI part. */
const linesAbout = (section: 'core' | 'cli', id: string) => {
  const [core = '', cli = ''] = run.output.split(/^refundguard scan /m);
  return (section === 'core' ? core : cli).split('\n').filter((line) => line.includes(id));
};

describe('examples/node-scan, run with its README command', () => {
  it('exits cleanly', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('scanConversation flags every scam conversation, with the turn it turned high', () => {
    for (const id of SCAMS) {
      const [line = ''] = linesAbout('core', id);
      expect(line, id).toMatch(/HIGH\s+.*high at turn \d/);
    }
    expect(run.output).toContain(`3 of 7 conversations need a look: ${SCAMS.join(', ')}`);
  });

  it('scanConversation leaves the benign conversations alone', () => {
    for (const id of BENIGN) expect(linesAbout('core', id), id).toEqual([expect.stringMatching(/ ok /)]);
  });

  it('the CLI flags messages of scam conversations only, and its verdicts hold no message text', () => {
    const flagged = SCAMS.flatMap((id) => linesAbout('cli', id));
    expect(flagged.length).toBeGreaterThan(0);
    for (const id of BENIGN) expect(linesAbout('cli', id), id).toEqual([]);
    const exported = readFileSync(`${exampleDir}chat-export.jsonl`, 'utf8').trim().split('\n');
    const verdicts = readFileSync(`${exampleDir}dist/verdicts.jsonl`, 'utf8').trim().split('\n');
    expect(verdicts).toHaveLength(exported.length);
    for (const line of verdicts) expect(JSON.parse(line)).not.toHaveProperty('text');
  });
});
