const CHINESE_DIGITS = '〇零一二三四五六七八九';
const ASCII_DIGITS = '00123456789';

/**
 * One character in, one character out, so match offsets are offsets into the original text:
 * full-width ASCII becomes ASCII, letters lower case, and runs of four or more Chinese numerals
 * (a card or code read out digit by digit) become digits. Shorter runs stay: 一 is mostly a word.
 */
export function foldForDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let c = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : ch;
    const lower = c.toLowerCase();
    if (lower.length === c.length) c = lower;
    out += c;
  }
  return out.replace(/[〇零一二三四五六七八九]{4,}/g, (run) =>
    run.replace(/./g, (d) => ASCII_DIGITS.charAt(CHINESE_DIGITS.indexOf(d))),
  );
}
