/** One input line, numbered from 1; `text` is null when the line was too long to keep. */
export interface InputLine {
  number: number;
  text: string | null;
}

/**
 * Splits a byte or string stream into lines without ever holding more than one line (capped at
 * `maxChars`), so input of any size streams in constant memory. A trailing `\r` is dropped.
 */
export async function* readLines(
  input: AsyncIterable<string | Uint8Array>,
  maxChars = 1_000_000,
): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder();
  let pending = '';
  let tooLong = false;
  let number = 0;
  const take = (piece: string): InputLine => {
    const text = tooLong || pending.length + piece.length > maxChars ? null : (pending + piece).replace(/\r$/, '');
    pending = '';
    tooLong = false;
    return { number: ++number, text };
  };
  const keep = (piece: string) => {
    if (!tooLong && pending.length + piece.length > maxChars) {
      tooLong = true;
      pending = '';
    }
    if (!tooLong) pending += piece;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield take(text.slice(from, nl));
      from = nl + 1;
    }
    keep(text.slice(from));
  }
  keep(decoder.decode());
  if (pending || tooLong) yield take('');
}
