import { beforeAll, describe, expect, it } from 'vitest';
import { runExample } from './support/run-example.js';

let run: { code: number | null; output: string };
beforeAll(async () => {
  run = await runExample('stream');
}, 180_000);

describe('examples/stream, run with its README command', () => {
  it('prints one verdict per message, then stops both workers cleanly', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output.match(/^c-\d{4} {2}m-\d+/gm)).toHaveLength(25);
    expect(run.output).toContain('25 messages, 25 verdicts; conversations at high: c-1001, c-1003, c-1005');
    expect(run.output).toContain('workers stopped (exit codes 0, 0)');
  });

  it('shows a conversation turning high on a message that is not high on its own', () => {
    expect(run.output).toMatch(/message (none|low|medium) +conversation HIGH/);
  });
});
