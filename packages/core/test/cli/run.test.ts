import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/lines.js';
import { run } from '../../src/cli/run.js';
import { scanText } from '../../src/detect/index.js';

/** Runs the CLI in-process on `input` (strings or byte chunks) and collects what it writes. */
async function cli(argv: string[], input: (string | Uint8Array)[] | string = [], stdout: Writable = new PassThrough()) {
  const chunks = typeof input === 'string' ? [input] : input;
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  const stderr = new Writable({
    write(chunk, _encoding, done) {
      err.push(chunk.toString());
      done();
    },
  });
  const status = await run(argv, { stdin: Readable.from(chunks, { objectMode: true }), stdout, stderr });
  const text = out.join('');
  return {
    status,
    stdout: text,
    lines: text
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l)),
    stderr: err.join(''),
  };
}

const jsonl = (...items: unknown[]) =>
  `${items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n')}\n`;
const scam = '我是淘宝客服，您的订单退款失败，请把银行卡号和验证码发给我';
/** What the library says of it: the command must say the same, and it is at least a caution. */
const scamLevel = scanText(scam).level;

describe('refundguard scan', () => {
  it('writes level, score and signal ids per line and passes other fields through', async () => {
    const { status, lines } = await cli(
      ['scan'],
      jsonl({ id: 'a', text: scam, channel: 'chat' }, { id: 'b', text: '已发货，明天到' }),
    );
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    expect(['medium', 'high']).toContain(scamLevel);
    expect(lines[0]).toMatchObject({ id: 'a', channel: 'chat', level: scamLevel });
    expect(lines[0].score).toBeGreaterThan(0);
    expect(lines[0].score).toBeLessThanOrEqual(1);
    for (const s of lines[0].signals) expect(Object.keys(s).sort()).toEqual(['category', 'id']);
    expect(lines[1]).toMatchObject({ id: 'b', level: 'none', signals: [] });
  });

  it('leaves the message text out unless asked', async () => {
    const text = `${scam} 6222021234567890128`;
    const plain = await cli(['scan'], jsonl({ text }));
    expect(plain.stdout).not.toContain('6222021234567890128');
    expect(plain.lines[0]).not.toHaveProperty('text');
    const kept = await cli(['scan', '--keep-text'], jsonl({ text }));
    expect(kept.lines[0].text).toBe(text);
  });

  it('reports bad lines on stderr with their number, without their content, and keeps going', async () => {
    const input = jsonl({ text: 'ok' }, '{"text": "card 6222021234567890128"', '[1,2]', { text: 7 }, '', {
      text: scam,
    });
    const { status, lines, stderr } = await cli(['scan'], input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 3: expected a JSON object/);
    expect(stderr).toMatch(/line 4: expected an object with a "text" string/);
    expect(stderr).toMatch(/line 5: empty/);
    expect(stderr).not.toContain('6222021234567890128');
  });

  it('reads CRLF, a last line without newline, and UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode(`{"n":1,"text":"${scam}"}\r\n{"n":2,"text":"退款到账了"}`);
    const oneByteChunks = [...bytes].map((b) => Uint8Array.of(b));
    const { lines, stderr } = await cli(['scan'], oneByteChunks);
    expect(stderr).toBe('');
    expect(lines.map((l) => l.n)).toEqual([1, 2]);
    expect(lines[0].level).toBe(scamLevel);
  });

  it('skips a line longer than --max-line and reads the next one', async () => {
    const { lines, stderr } = await cli(
      ['scan', '--max-line', '100'],
      jsonl({ text: 'x'.repeat(500) }, { id: 2, text: 'hi' }),
    );
    expect(lines).toEqual([expect.objectContaining({ id: 2 })]);
    expect(stderr).toMatch(/line 1: longer than 100 characters/);
  });

  it('waits for a slow reader instead of buffering everything', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, _encoding, done) {
        received.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ i, text: i % 2 ? scam : '谢谢' })).join('\n');
    const status = await run(['scan'], { stdin: Readable.from([input]), stdout: slow, stderr: new PassThrough() });
    await new Promise((resolve) => slow.end(resolve));
    const lines = received.join('').split('\n').filter(Boolean);
    expect(status).toBe(0);
    expect(lines.map((l) => JSON.parse(l).i)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(slow.writableLength).toBe(0);
  });
});

describe('refundguard check-url', () => {
  it('judges plain links and JSON lines', async () => {
    const input = 'https://taobao-help.shop/x\n{"url":"https://m.tmall.com/a","id":9}\nexample.org\n{"link":1}\n';
    const { lines, stderr } = await cli(['check-url', '--official', 'taobao.com,tmall.com'], input);
    expect(lines).toEqual([
      expect.objectContaining({ verdict: 'lookalike', level: 'high', imitates: 'taobao.com' }),
      expect.objectContaining({ id: 9, verdict: 'official', level: 'none' }),
      expect.objectContaining({ verdict: 'off-platform', host: 'example.org' }),
    ]);
    expect(stderr).toMatch(/line 4: expected a link or an object with a "url" string/);
  });
});

describe('usage', () => {
  it('prints help with --help, also after a command', async () => {
    for (const argv of [['--help'], ['scan', '--help'], ['-h']]) {
      const result = await cli(argv);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Usage: refundguard <command>/);
    }
  });
  it('exits 2 with the usage on a wrong command or option', async () => {
    for (const argv of [
      [],
      ['scna'],
      ['toString'],
      ['scan', 'extra'],
      ['scan', '--nope'],
      ['scan', '--max-line', 'many'],
    ]) {
      const result = await (async () => {
        const err: string[] = [];
        const stderr = new Writable({
          write(c, _e, d) {
            err.push(c.toString());
            d();
          },
        });
        const status = await run(argv, { stdin: Readable.from([]), stdout: new PassThrough(), stderr });
        return { status, stderr: err.join('') };
      })();
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^refundguard: /);
    }
  });
});

describe('readLines', () => {
  it('numbers every line, including blank ones', async () => {
    const lines = [];
    for await (const l of readLines(Readable.from(['a\n\nb', 'c\nd\n']))) lines.push(l);
    expect(lines).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: '' },
      { number: 3, text: 'bc' },
      { number: 4, text: 'd' },
    ]);
  });
});
