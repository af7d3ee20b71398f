import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the operations server asks of the worker. */
export interface Probe {
  /** Prometheus text. */
  metrics(): Promise<string>;
  /** Whether the worker reads and reaches Redis. */
  healthy(): boolean;
}

/** Serves `GET /metrics` and `GET /healthz` on `host:port`; resolves once listening. */
export async function startOpsServer(
  probe: Probe,
  host: string,
  port: number,
): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || (path !== '/metrics' && path !== '/healthz')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (path === '/healthz') {
      const ok = probe.healthy();
      response.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ok\n' : 'unavailable\n');
      return;
    }
    probe.metrics().then(
      (text) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(text),
      () => response.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
