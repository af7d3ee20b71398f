// Serves examples/ on 127.0.0.1 with the built widget at /refundguard.js.
// Used by `pnpm demo` and, through startServer(), by the browser tests.
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { repoRoot } from './paths.mjs';

const root = repoRoot;
const examplesDir = join(root, 'examples');
const widgetDist = join(root, 'packages/widget/dist');

/** Every .html page under examples/, as URL paths. */
export function examplePages(dir = examplesDir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules') return [];
      if (statSync(path).isDirectory()) return examplePages(path);
      return name.endsWith('.html') ? [`/${relative(examplesDir, path).split('\\').join('/')}`] : [];
    })
    .sort();
}

/**
 * Start the example server.
 * @param {{ port?: number, host?: string, headers?: Record<string, string>, extraRoots?: string[] }} [options]
 *   `headers` are added to every response (the browser tests set a Content-Security-Policy here);
 *   `extraRoots` are more folders served after examples/ and the widget build (test fixtures).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0, host = '127.0.0.1', headers = {}, extraRoots = [] } = {}) {
  const setHeaders = (res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  };
  const handlers = [examplesDir, widgetDist, ...extraRoots].map((dir) => sirv(dir, { dev: true, setHeaders }));
  const server = createServer((req, res) => {
    setHeaders(res);
    const tryFrom = (index) => {
      const handler = handlers[index];
      if (handler) return handler(req, res, () => tryFrom(index + 1));
      res.statusCode = 404;
      res.end('Not found');
    };
    tryFrom(0);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  const { url } = await startServer({ port });
  console.log(`RefundGuard examples at ${url}/`);
  for (const page of examplePages()) console.log(`  ${url}${page}`);
  console.log('Press Ctrl+C to stop.');
}
