import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

const collect = (quiet: boolean) => {
  const lines: string[] = [];
  const log = createLogger({ quiet, out: { write: (line: string) => lines.push(line) } });
  log('info', 'started', { consumer: 'w1' });
  log('warn', 'poison', { code: 'bad-role' });
  return lines.map((line) => JSON.parse(line));
};

describe('createLogger', () => {
  it('writes one JSON object per event, with time, level and event', () => {
    const [started] = collect(false);
    expect(started).toMatchObject({ level: 'info', event: 'started', consumer: 'w1' });
    expect(Date.parse(started.time)).not.toBeNaN();
  });

  it('keeps only warnings and errors when quiet', () => {
    expect(collect(true).map((line) => line.event)).toEqual(['poison']);
  });
});
