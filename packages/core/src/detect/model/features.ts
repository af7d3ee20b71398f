import { HARMFUL_CATEGORIES, type SignalCategory } from '../types.js';

/**
 * The one feature extractor of the learned scorer. Training (`scripts/train`) and scanning both call
 * {@link visitFeatures}, so what the model was fitted on and what it reads can never drift apart.
 *
 * Features of a text (already normalized by `normalize`, so widths, case, separators and the folded
 * Traditional characters are one spelling):
 * - hashed character n-grams, lengths 1 to {@link MAX_GRAM}, into `2^bits` buckets: each bucket hit counts
 *   once, worth `1 / sqrt(number of buckets hit)`, so long and short texts weigh alike and repeating
 *   filler ("aaaa…", a pasted paragraph twice) cannot dilute a script;
 * - the rule signals (`findSignals`): who the sender claims to be, the pretext, the pressure, each kind
 *   of harmful step and whether it is asked of the reader, safety wording, and the rule score itself;
 * - structure: is the scam reported, quoted or warned about (third person, news, "I got this text"),
 *   is the reader asked whether something is real, does the writer claim an identity in the first
 *   person, does the text point back into the platform — and these crossed with a harmful step asked.
 */

/** What the feature extractor needs from a rule signal. */
export interface FeatureSignal {
  readonly id: string;
  readonly category: SignalCategory;
  readonly asked?: boolean;
}

/** Longest character n-gram. Three measured better than four (fewer collisions per bucket) and hashes faster. */
export const MAX_GRAM = 3;

/**
 * Named dense features, in the order of the weights the generated module stores. Appending is safe;
 * reordering needs a retrain (the reproduction test would say so).
 */
export const DENSE_FEATURES = [
  'sig.impersonation',
  'sig.impersonation.staff',
  'sig.pretext',
  'sig.pretext.story',
  'sig.pretext.account',
  'sig.pretext.several',
  'sig.pressure.credit',
  'sig.pressure.frozen',
  'sig.pressure.deadline',
  'sig.harm.asked',
  'sig.harm.mentioned',
  'sig.harm.kinds2',
  'sig.credentials',
  'sig.credentials.code',
  'sig.payment',
  'sig.loan',
  'sig.remote-control',
  'sig.off-platform',
  'sig.safety',
  'sig.safety.several',
  'rule.score',
  'rule.medium',
  'rule.high',
  'frame.reported',
  'frame.quoted',
  'frame.news',
  'frame.warning',
  'frame.question',
  'frame.first-person',
  'frame.on-platform',
  'cross.reported-asked',
  'cross.quoted-asked',
  'cross.warning-asked',
  'cross.first-person-asked',
  'cross.question-harm',
] as const;

export type DenseFeature = (typeof DENSE_FEATURES)[number];

/** Position of each dense feature in the vector. */
const AT = Object.fromEntries(DENSE_FEATURES.map((name, index) => [name, index])) as Readonly<
  Record<DenseFeature, number>
>;
/** Position of `sig.<category>` for each of `HARMFUL_CATEGORIES`, in its order. */
const HARM_INDEX = HARMFUL_CATEGORIES.map((category) => AT[`sig.${category}` as DenseFeature]);
/** Pressure signals with a feature of their own. */
const PRESSURE_INDEX: Readonly<Record<string, number>> = {
  'pressure.credit': AT['sig.pressure.credit'],
  'pressure.frozen': AT['sig.pressure.frozen'],
  'pressure.deadline': AT['sig.pressure.deadline'],
};

/**
 * Framing of the text as a whole, on normalized text (lower case; the folded Traditional characters
 * are Simplified, the others are listed in both scripts). Written from how warnings, news, victims'
 * posts and questions are phrased in general, never from corpus rows.
 */
const FRAMES: ReadonlyArray<readonly [DenseFeature, RegExp]> = [
  [
    'frame.reported',
    /骗子|骗徒|騙子|騙徒|诈骗|詐騙|冒充|假冒|假扮|自称|自稱|scammer|fraudster|crook|impersonat|pretend|posing as|claiming to be|claimed to be/,
  ],
  [
    'frame.quoted',
    /[“”「」『』"]|收到(一条|一條|条|條|这|這)|(短信|信息|讯息|訊息|电话|電話)(里|裡|上)?(说|說)|got (this|a|an) (text|message|call|email)|received (this|a|an) (text|message|call|email)|forwarded|here is what|it says|they said|he said|she said/,
  ],
  [
    'frame.news',
    /记者|記者|警方|公安|派出所|法院|判处|判處|据悉|據悉|案件|受害人|受害者|被骗|被騙|reported|police|court|sentenced|arrested|victims?\b|lost \$|lost rm|lost hk/,
  ],
  [
    'frame.warning',
    /提醒|提防|谨防|謹防|警惕|小心|防骗|防騙|防诈|防詐|反诈|反詐|beware|warning|watch out|be careful|scam alert|stay safe|tips/,
  ],
  [
    'frame.question',
    /是真的吗|是真的嗎|是不是骗|是不是騙|骗子吗|騙子嗎|诈骗吗|詐騙嗎|靠谱吗|靠譜嗎|係咪真|is (this|it) (real|legit|a scam|genuine|true)|should i\b|anyone else|has anyone/,
  ],
  ['frame.first-person', /我是|我係|这里是|這裡是|这边是|這邊是|this is\b|i am from|i'm from|we are from|my name is/],
  [
    'frame.on-platform',
    /订单详情|訂單詳情|app内|app內|官方app|官方 app|在平台|平台内|平台內|in the app|in-app|through the app|order page|order details/,
  ],
];

const STORIES = new Set(['pretext.mistake', 'pretext.crime']);

/** What the rule score needs to be passed in; `scoreSignals` of `score.ts`, kept out to avoid a cycle. */
export interface RuleVerdict {
  readonly score: number;
  readonly level: 'none' | 'low' | 'medium' | 'high';
}

/**
 * The dense part of the features: a value per {@link DENSE_FEATURES} entry (0 when absent).
 * `rule` is the verdict of the hand-written rules on the same signals; `into`, when given, is filled and
 * returned instead of a new vector.
 */
export function denseFeatures(
  text: string,
  signals: Iterable<FeatureSignal>,
  rule: RuleVerdict,
  frames: ReadonlySet<DenseFeature> = framesOf(text),
  into?: Float64Array,
): Float64Array {
  // Runs for every message and conversation window: indexes and flags, no strings built, no sets; scoring
  // passes one vector to fill again each time (`into`), training keeps a new one per example.
  const x = into ? into.fill(0) : new Float64Array(DENSE_FEATURES.length);
  let harmKinds = 0;
  let firstPretext: string | undefined;
  let severalPretexts = false;
  let firstSafety: string | undefined;
  let severalSafety = false;
  let asked = false;
  let mentioned = false;
  for (const { id, category, asked: isAsked } of signals) {
    const harm = HARMFUL_CATEGORIES.indexOf(category);
    if (harm >= 0) {
      harmKinds |= 1 << harm;
      x[HARM_INDEX[harm] as number] = 1;
      if (id === 'credentials.code') x[AT['sig.credentials.code']] = 1;
      if (isAsked === false) mentioned = true;
      else asked = true;
    } else if (category === 'impersonation') {
      x[AT['sig.impersonation']] = 1;
      if (id !== 'impersonation.platform') x[AT['sig.impersonation.staff']] = 1;
    } else if (category === 'pretext') {
      if (firstPretext === undefined) firstPretext = id;
      else if (id !== firstPretext) severalPretexts = true;
      x[AT['sig.pretext']] = 1;
      if (STORIES.has(id)) x[AT['sig.pretext.story']] = 1;
      if (id === 'pretext.account') x[AT['sig.pretext.account']] = 1;
    } else if (category === 'pressure') {
      const pressure = PRESSURE_INDEX[id];
      if (pressure !== undefined) x[pressure] = 1;
    } else if (category === 'safety') {
      if (firstSafety === undefined) firstSafety = id;
      else if (id !== firstSafety) severalSafety = true;
    }
  }
  if (severalPretexts) x[AT['sig.pretext.several']] = 1;
  if (asked) x[AT['sig.harm.asked']] = 1;
  if (mentioned) x[AT['sig.harm.mentioned']] = 1;
  if (harmKinds & (harmKinds - 1)) x[AT['sig.harm.kinds2']] = 1;
  if (firstSafety !== undefined) x[AT['sig.safety']] = 1;
  if (severalSafety) x[AT['sig.safety.several']] = 1;
  x[AT['rule.score']] = rule.score;
  if (rule.level === 'medium' || rule.level === 'high') x[AT['rule.medium']] = 1;
  if (rule.level === 'high') x[AT['rule.high']] = 1;

  for (const name of frames) x[AT[name]] = 1;
  if (asked) {
    if (frames.has('frame.reported')) x[AT['cross.reported-asked']] = 1;
    if (frames.has('frame.quoted')) x[AT['cross.quoted-asked']] = 1;
    if (frames.has('frame.warning')) x[AT['cross.warning-asked']] = 1;
    if (frames.has('frame.first-person')) x[AT['cross.first-person-asked']] = 1;
  }
  if (harmKinds && frames.has('frame.question')) x[AT['cross.question-harm']] = 1;
  return x;
}

/** How a (normalized) text is framed: reported, quoted, news, a warning, a question… */
export function framesOf(text: string): Set<DenseFeature> {
  const frames = new Set<DenseFeature>();
  for (const [name, pattern] of FRAMES) if (pattern.test(text)) frames.add(name);
  return frames;
}

/**
 * Fewest buckets a text is weighed as having: each bucket hit counts `1 / sqrt(max(hits, this))`. Without a
 * floor, the few n-grams of a very short text ("Monzo: Refund received +£34.50") each weighed several times
 * those of a message and a single topic word could carry it to `high`; 50 buckets is a text of about 20
 * characters.
 */
export const NGRAM_HITS_FLOOR = 50;

/** What one bucket hit weighs in a text that hits `hits` distinct buckets. */
export const ngramWeight = (hits: number): number => 1 / Math.sqrt(Math.max(hits, NGRAM_HITS_FLOOR));

/**
 * Calls `visit(bucket)` for every character n-gram (lengths 1..{@link MAX_GRAM}) of `text`, hashed into
 * `2^bits` buckets. FNV-style mixing over UTF-16 units, then a multiplicative finish so the top bits
 * (the bucket) depend on every unit; the length is mixed in so "ab" and the bigram ending in b differ.
 */
export function visitNgrams(text: string, bits: number, visit: (bucket: number) => void): void {
  const shift = 32 - bits;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let hash = 0x811c9dc5;
    const end = Math.min(length, i + MAX_GRAM);
    for (let j = i; j < end; j++) {
      hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193);
      visit(Math.imul(hash ^ (j - i), 0x9e3779b1) >>> shift);
    }
  }
}

/**
 * The n-gram part of the model's log-odds, in quantization steps: the sum of `levels` over the distinct
 * buckets {@link visitNgrams} reports, over the square root of their number. The same hashing as
 * `visitNgrams`, inlined because it runs on every scan (a test keeps the two equal). `seen` remembers
 * which buckets this text already hit: a bucket counts when `seen[bucket] !== stamp`.
 */
export function ngramScore(text: string, bits: number, levels: Int8Array, seen: Uint32Array, stamp: number): number {
  const shift = 32 - bits;
  const length = text.length;
  let sum = 0;
  let hit = 0;
  for (let i = 0; i < length; i++) {
    let hash = 0x811c9dc5;
    const end = Math.min(length, i + MAX_GRAM);
    for (let j = i; j < end; j++) {
      hash = Math.imul(hash ^ text.charCodeAt(j), 0x01000193);
      const bucket = Math.imul(hash ^ (j - i), 0x9e3779b1) >>> shift;
      if (seen[bucket] !== stamp) {
        seen[bucket] = stamp;
        sum += levels[bucket] as number;
        hit++;
      }
    }
  }
  return sum * ngramWeight(hit);
}

/**
 * Characters common in Traditional Chinese writing (Taiwan, Hong Kong) whose Simplified forms differ, and which
 * the normalizer's fold table leaves as they are (it folds only the characters the lexicon uses; a test keeps
 * the two apart). The most frequent such characters of the Traditional training messages; one of them is enough
 * to tell the writing, since Simplified text has none.
 */
export const TRADITIONAL_MARKERS =
  '買為於購係處們嗎專賣運說連麼並邊筆項線張兩謝辦剛詢親達進簡陳間職見寫編禮鐘嗰樣計團顯暫門週約幾遺閣場絡規華獲視喎複組倉國';

/** First and last code unit {@link letterCounts} counts as Han. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;

/** One flag per Han code unit: is it one of {@link TRADITIONAL_MARKERS}? Built on first use. */
let markerFlags: Uint8Array | undefined;
function traditionalFlags(): Uint8Array {
  if (!markerFlags) {
    markerFlags = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
    for (let i = 0; i < TRADITIONAL_MARKERS.length; i++) markerFlags[TRADITIONAL_MARKERS.charCodeAt(i) - HAN_FIRST] = 1;
  }
  return markerFlags;
}

/** Letters of a (normalized) text: Han characters, those of them only Traditional writing uses, ASCII letters. */
export interface LetterCounts {
  readonly han: number;
  readonly traditional: number;
  readonly latin: number;
}

/** Counts the letters of a (normalized) text (see {@link LetterCounts}). */
export function letterCounts(text: string): LetterCounts {
  const flags = traditionalFlags();
  let han = 0;
  let traditional = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= HAN_FIRST && code <= HAN_LAST) {
      han++;
      traditional += flags[code - HAN_FIRST] as number;
    } else if (code >= 0x61 && code <= 0x7a) latin++;
  }
  return { han, traditional, latin };
}

/**
 * How a text is written, for choosing its thresholds: the false alarms of one language should not set the bar
 * for another. `latin` when its letters are mostly Latin (fewer than one Han character for every four ASCII
 * letters), `traditional` when its Chinese has a character only Traditional writing uses, else `simplified`.
 */
export type Writing = 'simplified' | 'traditional' | 'latin';

/** The {@link Writing} of letters counted by {@link letterCounts}. */
export const writingOf = ({ han, traditional, latin }: LetterCounts): Writing =>
  latin > 0 && han * 4 < latin ? 'latin' : traditional > 0 ? 'traditional' : 'simplified';

/** The {@link Writing} of a (normalized) text. */
export const writingOfText = (text: string): Writing => writingOf(letterCounts(text));
