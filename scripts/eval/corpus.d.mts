/** The repository's root folder. */
export const repoRoot: string;
/** `../shared/corpus` beside the repository, or `explicit` / REFUNDGUARD_CORPUS; throws when it is missing. */
export function corpusDir(explicit?: string): string;
/** Rows of a JSONL file; blank lines skipped. */
export function readJsonl(
  dir: string,
  file: string,
): Array<Record<string, unknown> & { id?: string; text: string; label?: string }>;
