/** Bundle `contents` as minified ESM; with `{ published: true }`, `@refundguard/*` resolve to the built packages. */
export function bundleMinified(
  contents: string,
  loader?: 'ts' | 'js',
  options?: { published?: boolean },
): Promise<string>;
/** The files a host's bundle of `contents` keeps, importing the built packages as a host would. */
export function bundledFiles(contents: string): Promise<string[]>;
