// A loopback web server for fixture pages, routed by Host header and path. It also answers as
// the browser's HTTP proxy (Firefox has no host-resolver rules): requests then name the whole
// address, and tunnels (CONNECT, for https) are refused but logged, so every request that
// left the browser is on record.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedPage {
  host: string;
  path: string;
  html: string;
}

/** One request the server saw: a page or resource (http) or a refused https tunnel. */
export interface SeenRequest {
  kind: 'http' | 'connect';
  /** http://host/path?query for http; https://host:port/ for a tunnel (its path is encrypted). */
  url: string;
  host: string;
}

export interface FixtureServer {
  port: number;
  urlOf(page: Pick<ServedPage, 'host' | 'path'>): string;
  /** Every request the server answered, as host + path. */
  log: string[];
  /** Every request, including tunnels, in the order they came. */
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function serveFixtures(pages: ServedPage[]): Promise<FixtureServer> {
  const byKey = new Map(pages.map((p) => [`${p.host}${p.path}`, p.html]));
  const log: string[] = [];
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    // Through a proxy the target is the whole address; directly it is the path.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const host = target.hostname;
    const key = `${host}${target.pathname}`;
    log.push(key);
    requests.push({ kind: 'http', url: `http://${host}${target.pathname}${target.search}`, host });
    const html = byKey.get(key);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  server.on('connect', (req, socket) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    requests.push({ kind: 'connect', url: `https://${req.url ?? ''}/`, host });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    log,
    requests,
    urlOf: (p) => `http://${p.host}:${port}${p.path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
