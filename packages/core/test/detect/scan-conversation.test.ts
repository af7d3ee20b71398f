import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createConversationScanner,
  createTurnScorer,
  MAX_SIGNALS_PER_ID,
  SCORE_WINDOW,
  scanConversation,
  scanText,
} from '../../src/detect/index.js';

/** Pieces of scripts, ordinary chat and warnings, Chinese and English, to build single turns from. */
const TURN_PIECES = [
  '您好，我是平台客服',
  '您的包裹丢失了，我们按三倍赔偿',
  '请把手机收到的验证码念给我',
  '本平台不会向您索要验证码，谨防诈骗。',
  '商品已发货，请在订单详情中查看',
  '您好，這裡是售後客服，您的會員被誤開通了',
  'This is customer service about your refund.',
  'Please read me the six digits we just sent.',
  'Beware of scams.',
  'Your parcel ships tomorrow.',
  '   ',
  '',
];

const script = [
  { speaker: 'caller', text: '您好，我是快递理赔专线的客服。' },
  { speaker: 'buyer', text: '你好，什么事？' },
  { speaker: 'caller', text: '您的包裹在运输中破损了，我们按三倍给您赔偿。' },
  { speaker: 'buyer', text: '好的，要怎么办？' },
  { speaker: 'caller', text: '稍等，我查一下单号。' },
  { speaker: 'caller', text: '您把手机上收到的验证码念给我，赔款马上到账。' },
];

describe('scanConversation', () => {
  it('catches the harmful step in the turn where it comes', () => {
    const result = scanConversation(script);
    expect(result.level).toBe('high');
    expect(result.firstHighTurn).toBe(5);
    expect(result.firstMediumTurn).not.toBeNull();
    expect(result.firstMediumTurn as number).toBeLessThanOrEqual(5);
    expect(result.levels).toHaveLength(script.length);
    expect(result.signals.find((s) => s.id === 'credentials.code')?.turn).toBe(5);
  });

  it('does not let the buyer’s doubts make the caller’s script look safe', () => {
    const withDoubt = [...script.slice(0, 5), { speaker: 'buyer', text: '你不会是骗子吧？' }, script[5]];
    // The doubt pushes the caller's claim out of the last six turns: the story and the code request left are
    // still at least a caution (the dialog needs the model surer than it is of those two turns alone).
    expect(['medium', 'high']).toContain(scanConversation(withDoubt as typeof script).level);
  });

  it('judges each speaker on their own words', () => {
    // The agent's identity and the buyer's mention of a code would read as a script if pooled together.
    const result = scanConversation([
      { speaker: 'agent', text: 'This is customer service, how can I help?' },
      { speaker: 'buyer', text: 'I got a text with a verification code, what is it for?' },
      { speaker: 'agent', text: 'That is only for signing in. Please keep it to yourself.' },
    ]);
    expect(result.firstMediumTurn).toBeNull();
    expect(result.level).not.toBe('high');
  });

  it('accepts plain strings and stays calm on an ordinary order chat', () => {
    const result = scanConversation([
      'Hi, is the blue one in stock?',
      'Yes, it ships tomorrow.',
      'Great, ordering now.',
    ]);
    expect(result).toMatchObject({ level: 'none', firstMediumTurn: null, firstHighTurn: null });
  });

  it('rates a turn on its own exactly as scanText rates the same text', () => {
    const turn = fc.array(fc.constantFrom(...TURN_PIECES), { maxLength: 5 }).chain((parts) =>
      // Short turns, and turns longer than one read window.
      fc.constantFrom(parts.join(''), parts.join(' '), parts.join('').repeat(40), parts.join('').repeat(400)),
    );
    fc.assert(
      fc.property(turn, (text) => {
        const alone = scanText(text);
        const conversation = scanConversation([text]);
        expect([conversation.levels[0], conversation.score]).toEqual([alone.level, alone.score]);
        const found = (signals: typeof alone.signals) => signals.map(({ id, start, end }) => [id, start, end]);
        expect(found(conversation.signals)).toEqual(found(alone.signals));
        expect(conversation.signalsOmitted).toBe(alone.signalsOmitted);
      }),
      { numRuns: 300 },
    );
  });

  it('goes on from the end of a very long turn: the next step of its script is caught', () => {
    const chatter = '今天天气很好，我们去公园散步。'.repeat(Math.ceil((2 * SCORE_WINDOW) / 15));
    const result = scanConversation([
      { speaker: 'caller', text: `${chatter}您好，我是快递理赔专线的客服，您的包裹破损了，我们按三倍给您赔偿。` },
      // Nothing on its own: it is the claim and the pretext before it that make this the harmful step.
      { speaker: 'caller', text: '您把验证码发我一下。' },
    ]);
    expect(scanText('您把验证码发我一下。').level).not.toBe('high');
    expect(result.levels[0]).not.toBe('high');
    expect(result.firstHighTurn).toBe(1);
  });

  it(`lists at most ${MAX_SIGNALS_PER_ID} signals of one id over a long chat, each turn still its own`, () => {
    const scanner = createConversationScanner();
    const turn = '我是平台客服，请把验证码告诉我';
    const perTurn = scanText(turn).signals.length;
    for (let index = 0; index < 100; index++) {
      expect(scanner.add({ speaker: 'caller', text: turn }).signals.length).toBeGreaterThanOrEqual(perTurn);
    }
    const { signals, signalsOmitted = 0 } = scanner.result();
    const perId = new Map<string, number>();
    for (const { id } of signals) perId.set(id, (perId.get(id) ?? 0) + 1);
    expect(Math.max(...perId.values())).toBe(MAX_SIGNALS_PER_ID);
    expect(signals.length + signalsOmitted).toBeGreaterThanOrEqual(100 * perTurn);
    expect(signals.filter((signal) => signal.id === 'credentials.code').map((signal) => signal.turn)).toEqual(
      Array.from({ length: MAX_SIGNALS_PER_ID }, (_, index) => index),
    );
  });

  it('scores each turn with createTurnScorer as the scanner adds it, without the running totals', () => {
    const turns = [...script, null, { text: 5 }, ...script] as unknown as typeof script;
    const scanner = createConversationScanner({ locale: 'en' });
    const scoreTurn = createTurnScorer({ locale: 'en' });
    for (const turn of turns) {
      const { conversationLevel, ...verdict } = scanner.add(turn);
      expect(scoreTurn(turn)).toEqual(verdict);
    }
  });

  it('never throws on malformed turns', () => {
    expect(() => scanConversation([null, 3, { text: 5 }] as unknown as string[])).not.toThrow();
    expect(scanConversation(undefined as unknown as string[]).level).toBe('none');
  });
});
