/** Where `pnpm release` writes its files. */
export const RELEASE_DIR: string;
/** Where the snippets expect the scripts on the merchant's site. */
export const SELF_HOSTED_PATH: string;
/** The two script tags, the pages each is for, and the scenario its snippet's placeholder shows. */
export const SCRIPTS: readonly { file: string; pages: string; scenario: string }[];
/** The Subresource Integrity value (SHA-384, base64) of some bytes. */
export function integrityOf(bytes: Uint8Array): string;
/** The copy-paste snippet for one script, with integrity and crossorigin. */
export function snippetFor(script: { file: string; scenario: string }, integrity: string, path?: string): string;
