// Made-up chats for the tests: scam scripts whose harm shows only across turns, and ordinary chats.
import { levelAfter, type TurnSummary } from '../../src/conversation.js';
import type { ChatMessage } from '../../src/entry.js';
import type { RedisClient } from '../../src/redis.js';
import { scanMessage } from '../../src/scan.js';
import type { Verdict } from '../../src/verdicts.js';

const SCRIPTS: ReadonlyArray<ReadonlyArray<[ChatMessage['role'], string]>> = [
  [
    ['agent', '您好，我是平台售后客服，工号1024。'],
    ['buyer', '你好，有什么事？'],
    ['agent', '您买的包裹在运输中丢失了，我们给您三倍赔偿。'],
    ['buyer', '好的，怎么操作？'],
    ['agent', '请把刚收到的验证码发给我，马上到账。'],
  ],
  [
    ['agent', 'Hello, this is the customer service team of your shop.'],
    ['buyer', 'Oh, hi. Is something wrong with my order?'],
    ['agent', 'Your parcel was lost by the courier, we will refund you double.'],
    ['agent', 'Please read me the verification code we just sent you.'],
  ],
  [
    ['seller', 'Your order has shipped; the tracking number is in the app.'],
    ['buyer', 'Thanks, got it!'],
    ['system', '客服提醒：任何人索要验证码都是诈骗，请勿透露。'],
  ],
];

/** `conversations` chats, their turns interleaved in a fixed pseudo-random order, as a producer would append them. */
export function makeChats(conversations: number, tag = 'c'): ChatMessage[] {
  const queues = Array.from({ length: conversations }, (_, index) =>
    (SCRIPTS[index % SCRIPTS.length] ?? []).map(([role, text], turn) => ({
      conversation: `${tag}-${index}`,
      message: `${tag}-${index}-${turn}`,
      role,
      text,
    })),
  );
  const out: ChatMessage[] = [];
  let seed = 7;
  while (queues.some((queue) => queue.length)) {
    seed = (seed * 48_271) % 2_147_483_647;
    const open = queues.filter((queue) => queue.length);
    out.push(open[seed % open.length]?.shift() as ChatMessage);
  }
  return out;
}

/** Each message's conversation level as one reader going through `messages` in order gives it. */
export function levelsInOrder(messages: readonly ChatMessage[]): Map<string, string> {
  const history = new Map<string, TurnSummary[]>();
  const levels = new Map<string, string>();
  for (const message of messages) {
    const turns = [...(history.get(message.conversation) ?? []), scanMessage(message)];
    history.set(message.conversation, turns);
    levels.set(message.message, levelAfter(turns));
  }
  return levels;
}

/** Appends messages (or raw field lists) to the stream; resolves to their entry ids. */
export async function produce(
  client: RedisClient,
  stream: string,
  messages: ReadonlyArray<ChatMessage | Record<string, string>>,
): Promise<string[]> {
  return Promise.all(
    messages.map(async (message) => {
      const fields = Object.entries(message).flatMap(([name, value]) => [name, String(value)]);
      return (await client.xadd(stream, '*', ...fields)) as string;
    }),
  );
}

/** Every verdict in the stream, as objects. */
export async function readVerdicts(client: RedisClient, stream: string): Promise<Array<Record<string, string>>> {
  const entries = await client.xrange(stream, '-', '+');
  return entries.map(([, fields]) => {
    const verdict: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) verdict[fields[i] as string] = fields[i + 1] as string;
    return verdict;
  });
}

/** Waits until the verdict stream holds `count` entries (or fails after `timeoutMs`). */
export async function waitForVerdicts(
  client: RedisClient,
  stream: string,
  count: number,
  timeoutMs = 20_000,
): Promise<Array<Record<string, string>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const length = await client.xlen(stream);
    if (length >= count) return readVerdicts(client, stream);
    if (Date.now() > deadline) throw new Error(`only ${length} of ${count} verdicts after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type { Verdict };
