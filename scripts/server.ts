// A loopback web server for fixture pages, routed by Host header and path.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedPage {
  host: string;
  path: string;
  html: string;
}

export interface FixtureServer {
  port: number;
  urlOf(page: Pick<ServedPage, 'host' | 'path'>): string;
  /** Every request the server answered, as host + path. */
  log: string[];
  close(): Promise<void>;
}

export async function serveFixtures(pages: ServedPage[]): Promise<FixtureServer> {
  const byKey = new Map(pages.map((p) => [`${p.host}${p.path}`, p.html]));
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = `${host}${(req.url ?? '/').split('?')[0]}`;
    log.push(key);
    const html = byKey.get(key);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    log,
    urlOf: (p) => `http://${p.host}:${port}${p.path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
