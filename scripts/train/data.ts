// Training and evaluation data for the learned scorer: every labelled file of ../shared/corpus (read in
// place, never copied), the repository's own messages (extra.ts) and the safety augmentation
// (safety.ts), turned into exactly what the scanner sees: normalized text plus rule signals.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { findSignals, type RawSignal } from '../../packages/core/src/detect/find-signals.js';
import { normalize } from '../../packages/core/src/detect/normalize.js';
import { EXTRA_MESSAGES } from './extra.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The generated module `pnpm train` writes and the build imports. */
export const MODULE_PATH = join(repoRoot, 'packages/core/src/detect/model/weights.generated.ts');

/** `../shared/corpus` beside the checkout, or REFUNDGUARD_CORPUS; null when absent. */
export function findCorpus(explicit = process.env.REFUNDGUARD_CORPUS): string | null {
  const dir = explicit ? resolve(explicit) : resolve(repoRoot, '../shared/corpus');
  return existsSync(dir) ? dir : null;
}

/** Files the scorer learns from, in a fixed order. Links (urls-*.jsonl) belong to another detector. */
export const TRAINING_FILES = [
  'challenge-dev.jsonl',
  'challenge-train.jsonl',
  'challenge-train-2.jsonl',
  'sms-ham-en-dev.jsonl',
  'teleantifraud-dev.jsonl',
] as const;

/** What the scanner sees of one text. */
export interface Seen {
  readonly text: string;
  readonly signals: readonly RawSignal[];
}

export function see(original: string): Seen {
  const normalized = normalize(original);
  return { text: normalized.text, signals: findSignals(normalized) };
}

/** One turn of a dialogue, already seen. */
export interface SeenTurn extends Seen {
  readonly speaker: string;
  /** The turn as written, for teaching it in the other Chinese script too. */
  readonly original: string;
}

/** A labelled item of the corpus or of the repository's own messages. */
export interface Item {
  /** Stable key: a row's id, a dialogue's source, or the text; decides the fold. */
  readonly key: string;
  readonly file: string;
  readonly label: 0 | 1;
  readonly lang: string;
  readonly kind: string;
  readonly hard: boolean;
  /** A single message (scanText) and its original text, or a dialogue's turns (scanConversation). */
  readonly message?: Seen;
  readonly original?: string;
  readonly turns?: readonly SeenTurn[];
  /** Caller claims to be customer service, a courier, a shop or a platform (dialogues only; by the claim). */
  readonly service?: boolean;
}

/** The caller's claim in the first two turns, the same rule as scripts/eval/text.mjs. */
const SERVICE_CLAIM =
  /(我是|这里是|这边是|我们是|我这边是|我们这里是|本人是)[^。！？!?\n]{0,20}(客服|售后|快递|物流|店|商家|平台|淘宝|京东|拼多多|天猫|抖音|电商|顺丰|圆通|中通|申通|韵达|邮政|菜鸟|EMS)/;

function dialogueTurns(text: string): Array<{ speaker: string; text: string }> {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const match = /^\s*([AB])\s*[:：]\s*(.*)$/.exec(line);
      return match ? { speaker: match[1] as string, text: match[2] as string } : { speaker: '', text: line };
    });
}

interface Row {
  id?: string;
  source?: string;
  text?: unknown;
  label?: string;
  lang?: string;
  kind?: string;
  subtype?: string;
  hard?: boolean;
}

/** Every item, in file order then row order. */
export function loadItems(dir: string): Item[] {
  const present = new Set(readdirSync(dir));
  const items: Item[] = [];
  for (const file of TRAINING_FILES) {
    if (!present.has(file)) continue;
    const rows = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Row);
    for (const row of rows) {
      if (typeof row.text !== 'string' || (row.label !== 'scam' && row.label !== 'benign')) continue;
      const base = {
        key: `${file}:${row.id ?? row.source ?? row.text}`,
        file,
        label: row.label === 'scam' ? 1 : 0,
        lang: row.lang ?? 'zh-Hans',
        kind: row.kind ?? row.subtype ?? '',
        hard: row.hard === true,
      } as const;
      if (/^A\s*[:：]/.test(row.text)) {
        const turns = dialogueTurns(row.text);
        const callerOpening = turns
          .filter((turn) => turn.speaker === 'A')
          .slice(0, 2)
          .map((turn) => turn.text)
          .join('\n');
        items.push({
          ...base,
          turns: turns.map((turn) => ({ speaker: turn.speaker, original: turn.text, ...see(turn.text) })),
          service: SERVICE_CLAIM.test(callerOpening),
        });
      } else items.push({ ...base, message: see(row.text), original: row.text });
    }
  }
  EXTRA_MESSAGES.forEach((extra, index) => {
    items.push({
      key: `extra:${index}`,
      file: 'extra',
      label: extra.label === 'scam' ? 1 : 0,
      lang: extra.lang,
      kind: 'extra',
      hard: true,
      message: see(extra.text),
      original: extra.text,
    });
  });
  return items;
}

/** FNV-1a over UTF-16 units: a stable fold assignment. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

export const FOLDS = 5;
export const foldOf = (item: Item): number => fnv1a(item.key) % FOLDS;

/** One speaker's seen turns as one text: how training teaches a dialogue (the scanner reads them together from their traces). */
export const joinTurns = (turns: readonly Seen[]): Seen => ({
  text: turns.map((turn) => turn.text).join('\n'),
  signals: turns.flatMap((turn) => turn.signals),
});

/**
 * Appends a sentence to a message as a scammer would: directly after Chinese characters or CJK punctuation,
 * after a space otherwise (Latin, digits, and their full-width forms: "ｈｋｐｏｓｔ．ｃｃ Beware…").
 */
export const appendSentence = (original: string, sentence: string): string =>
  /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/.test(original)
    ? `${original}${sentence}`
    : `${original} ${sentence}`;

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * A Chinese text in the other script, by OpenCC's phrase and character dictionaries (opencc-js, a
 * devDependency used only in training, so nothing of it ships): Simplified becomes Taiwan (`variant`
 * even) or Hong Kong (odd) Traditional, Traditional becomes Simplified. Null for other languages and when
 * nothing changes. The normalizer folds only the characters the lexicon uses, so the n-grams of the two
 * scripts differ; teaching both lets each learn from the other's messages.
 */
export function inOtherScript(text: string, lang: string, variant: number): string | null {
  if (lang !== 'zh-Hans' && lang !== 'zh-Hant') return null;
  const converted =
    lang === 'zh-Hans' ? (toTraditional[variant & 1] as (t: string) => string)(text) : toSimplified(text);
  return converted === text ? null : converted;
}
