/** A thrown value as words for a console message; even an error whose message getter throws gets one. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}
