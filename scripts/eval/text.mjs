// Text and conversation detector evaluation over the corpus's message and dialogue files.
import { readJsonl } from './corpus.mjs';
import { atLeast, measure } from './metrics.mjs';

/**
 * What the caller claims to be in a phone dialogue, read from the caller's (A:) first two turns:
 * customer service, a courier, a shop or a platform. Chosen by the claim, never by the label.
 */
const SERVICE_CLAIM =
  /(我是|这里是|这边是|我们是|我这边是|我们这里是|本人是)[^。！？!?\n]{0,20}(客服|售后|快递|物流|店|商家|平台|淘宝|京东|拼多多|天猫|抖音|电商|顺丰|圆通|中通|申通|韵达|邮政|菜鸟|EMS)/;

/** Splits a dialogue into turns: one line each, `A:` (caller) or `B:` (callee). */
export function dialogueTurns(text) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const match = /^\s*([AB])\s*[:：]\s*(.*)$/.exec(line);
      return match ? { speaker: match[1], text: match[2] } : { text: line };
    });
}

export const claimsService = (turns) =>
  SERVICE_CLAIM.test(
    turns
      .filter((t) => t.speaker === 'A')
      .slice(0, 2)
      .map((t) => t.text)
      .join('\n'),
  );

const snippet = (text) => text.replace(/\s+/g, ' ').slice(0, 90);

/** Worst false positives (benign, highest score) and misses (scams below medium, lowest score). */
export function worst(rows) {
  const falsePositives = rows
    .filter((r) => r.label === 'benign' && atLeast(r.level, 'medium'))
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
  const misses = rows
    .filter((r) => r.label === 'scam' && !atLeast(r.level, 'medium'))
    .sort((a, b) => a.score - b.score)
    .slice(0, 10);
  return { falsePositives, misses };
}

/** Every message of a file through `scanText`, measured per language and overall. */
export function evaluateMessages(core, dir, file) {
  const rows = readJsonl(dir, file).map((item) => {
    const result = core.scanText(item.text, { locale: item.lang });
    return {
      id: item.id ?? null,
      key: item.id ?? item.source ?? item.text,
      label: item.label,
      lang: item.lang ?? '?',
      kind: item.kind ?? item.subtype ?? null,
      level: result.level,
      score: result.score,
      ids: [...new Set(result.signals.map((s) => s.id))],
      text: snippet(item.text),
    };
  });
  const byLang = {};
  for (const lang of [...new Set(rows.map((r) => r.lang))].sort())
    byLang[lang] = measure(rows.filter((r) => r.lang === lang));
  return { file, rows, all: measure(rows), byLang, ...worst(rows) };
}

/** Every dialogue through `scanConversation` (speakers kept apart), plus the service-impersonation subset. */
export function evaluateDialogues(core, dir, file) {
  const rows = readJsonl(dir, file).map((item) => {
    const turns = dialogueTurns(item.text);
    const result = core.scanConversation(turns, { locale: item.lang });
    return {
      id: item.source ?? null,
      key: item.source ?? item.text,
      label: item.label,
      lang: item.lang ?? '?',
      service: claimsService(turns),
      level: result.level,
      score: result.score,
      turns: turns.length,
      firstMediumTurn: result.firstMediumTurn,
      ids: [...new Set(result.signals.map((s) => s.id))],
      text: snippet(item.text),
    };
  });
  const serviceRows = rows.filter((r) => r.label === 'scam' && r.service);
  return {
    file,
    rows,
    all: measure(rows),
    service: measure(serviceRows),
    serviceBenignClaims: rows.filter((r) => r.label === 'benign' && r.service).length,
    ...worst(rows),
  };
}
