/** The texts of one packed table, as they were written. */
export function unpack(packed: string): string[];
/** Texts packed as the script tags store them (none may hold a |); throws unless they unpack to themselves. */
export function pack(texts: readonly string[]): string;
