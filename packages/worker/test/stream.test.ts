import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type RedisClient } from '../src/redis.js';
import { ensureGroup, type GroupStream, markRecorded, readNew, readyToJudge } from '../src/stream.js';
import { type RedisTarget, startRedis } from './helpers/redis-server.js';

let target: RedisTarget;
let client: RedisClient;
beforeAll(async () => {
  target = await startRedis();
  client = connect(target.url, false);
}, 30_000);
afterAll(async () => {
  client?.disconnect();
  await target?.stop();
});

describe('the order guard between workers', () => {
  it('holds back a turn until the earlier turns of its conversation, read by another worker, are recorded', async () => {
    const base = { client, stream: 'order:messages', group: 'g', unrecorded: '{order:messages}:unrecorded' };
    const first: GroupStream = { ...base, consumer: 'first' };
    const second: GroupStream = { ...base, consumer: 'second' };
    await ensureGroup(first);
    await client.xadd(base.stream, '*', 'conversation', 'a', 'message', 'a-1');
    await client.xadd(base.stream, '*', 'conversation', 'b', 'message', 'b-1');
    await client.xadd(base.stream, '*', 'conversation', 'a', 'message', 'a-2');

    const { entries: early, clean: cleanEarly } = await readNew(first, 2);
    const {
      entries: [late],
      clean: cleanLate,
    } = await readNew(second, 10);
    expect(late?.fields).toContain('a-2');
    // Read while a-1 is unrecorded, a-2 cannot be judged on the context its own recording returns.
    expect([...cleanEarly]).toEqual(early.map(({ id }) => id));
    expect(cleanLate.size).toBe(0);
    await markRecorded(second, late ? [late] : []);

    const candidates = [{ id: late?.id as string, conversation: 'a' }];
    expect(await readyToJudge(second, candidates)).toEqual(new Set());
    // Another conversation's unrecorded turn does not hold it back.
    await markRecorded(first, early.slice(0, 1));
    expect(await readyToJudge(second, candidates)).toEqual(new Set([late?.id]));
    await markRecorded(first, early);
  });
});
