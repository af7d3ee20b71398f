/** Every .html page under examples/, as URL paths. */
export function examplePages(dir?: string): string[];

/** Start the example server on loopback; `headers` are added to every response; `extraRoots` are more folders to serve. */
export function startServer(options?: {
  port?: number;
  host?: string;
  headers?: Record<string, string>;
  extraRoots?: string[];
}): Promise<{ url: string; close: () => Promise<void> }>;
