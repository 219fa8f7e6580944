// A tiny static file server for the fixture pages. Tests start it on 127.0.0.1 with port 0 (the OS
// picks a free port) and open pages through it, so nothing ever touches the network. Chromium maps
// *.gov.cn to 127.0.0.1 (see browser.ts), so the same server answers http://www.example.gov.cn:<port>/.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Where the hand-written page fixtures live. */
export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

export interface FixtureServer {
  /** The port the OS gave us. */
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** URL of a page under a gov.cn host name (resolved to this server by Chromium's host rules). */
  govUrl(path: string, host?: string): string;
  /** URL of a page under localhost, where the extension's host match does not apply. */
  localUrl(path: string): string;
  /** Paths requested so far (for tests that check a page makes no unexpected requests). */
  requests: string[];
  close(): Promise<void>;
}

/** The default gov.cn host name used by tests; any *.gov.cn name works. */
export const DEFAULT_GOV_HOST = 'www.example.gov.cn';

function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Serve `root` (default: tests/fixtures/pages) on 127.0.0.1 with an OS-assigned port. */
export async function startFixtureServer(root: string = PAGES_DIR): Promise<FixtureServer> {
  const base = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    requests.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    // normalize + prefix check keeps requests such as /../../etc/passwd inside the root.
    let file = join(base, normalize(pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': contentTypeOf(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><meta charset="utf-8"><title>404</title><p>页面不存在 (404)</p>');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const withSlash = (path: string) => (path.startsWith('/') ? path : `/${path}`);
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    govUrl: (path, host = DEFAULT_GOV_HOST) => `http://${host}:${port}${withSlash(path)}`,
    localUrl: (path) => `http://localhost:${port}${withSlash(path)}`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        // Chromium keeps connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
