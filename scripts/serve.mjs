// Serves examples/ on 127.0.0.1 with the built widget at /refundguard.js.
// Used by `pnpm demo` and, through startServer(), by the browser tests.
import { execFileSync } from 'node:child_process';
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

/** The tab icon of every page served: a shield with a tick, answered at /favicon.ico when no file is there. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<path d="M16 2 4 6.5V15c0 7.4 5.1 13.3 12 15 6.9-1.7 12-7.6 12-15V6.5z" fill="#1f5fa8"/>' +
  '<path d="m10 16 4.2 4.2L22.5 11" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' +
  '</svg>';

/**
 * The one line `pnpm demo` prints when no font can draw Chinese (the 简体中文 and 繁體中文 pages would show
 * boxes), naming the Debian package to install; null when there is one.
 * @param {string | null} fcList what `fc-list :lang=zh` printed, or null when it could not run (no
 *   fontconfig, as on macOS and Windows, which ship Chinese fonts): then there is nothing to say.
 * @returns {string | null}
 */
export function cjkFontWarning(fcList) {
  if (fcList === null || fcList.trim() !== '') return null;
  return (
    'Warning: no Chinese font is installed (`fc-list :lang=zh` lists none), so the Chinese pages will show boxes; ' +
    'on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk (or the smaller fonts-wqy-microhei).'
  );
}

/**
 * What `fc-list :lang=zh` prints, or null when it cannot run.
 * @returns {string | null}
 */
export function listChineseFonts() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
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
      if (new URL(req.url ?? '/', 'http://localhost').pathname === '/favicon.ico') {
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(FAVICON_SVG);
        return;
      }
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
  const fontWarning = cjkFontWarning(listChineseFonts());
  if (fontWarning) console.warn(fontWarning);
}
