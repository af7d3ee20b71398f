/** Every .html page under examples/, as URL paths. */
export function examplePages(dir?: string): string[];

/** Start the example server on loopback; `headers` are added to every response; `extraRoots` are more folders to serve. */
export function startServer(options?: {
  port?: number;
  host?: string;
  headers?: Record<string, string>;
  extraRoots?: string[];
}): Promise<{ url: string; close: () => Promise<void> }>;

/** The tab icon answered at /favicon.ico when no file is there (SVG). */
export const FAVICON_SVG: string;

/** The one-line warning to print when `fc-list :lang=zh` found no font (empty output); null otherwise, or when it could not run (null). */
export function cjkFontWarning(fcList: string | null): string | null;

/** What `fc-list :lang=zh` prints, or null when it cannot run. */
export function listChineseFonts(): string | null;
