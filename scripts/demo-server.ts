import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler, type Faults } from '@ngo-kit/mock-server';
import { toNodeListener } from '@ngo-kit/mock-server/node';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL prefixes and the folders they serve. */
const MOUNTS: [prefix: string, folder: string][] = [
  ['/cdn/', join(root, 'packages/widgets/dist/cdn')],
  ['/', join(root, 'examples/plain-html')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The demo: the plain-HTML example site, the CDN build of the widgets under
 * `/cdn/`, and the mock community-ops API under `/v1/`, all on one origin.
 */
export async function startDemoServer(options: { port?: number; host?: string; faults?: Faults } = {}): Promise<DemoServer> {
  const api = toNodeListener(createHandler({ faults: options.faults ?? {} }));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    if (path.startsWith('/v1/') || req.method === 'OPTIONS') return void api(req, res);
    // browsers ask for it on every page that names no icon, such as minimal.html
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    void serveFile(path, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveFile(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const file = await resolveFile(decodeURIComponent(path));
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(file ? 'Method not allowed' : 'Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

/** The file a path names inside one of the mounts, never outside it; a folder gives its index.html. */
async function resolveFile(path: string): Promise<string | undefined> {
  for (const [prefix, folder] of MOUNTS) {
    if (!path.startsWith(prefix)) continue;
    const candidate = normalize(join(folder, path.slice(prefix.length)));
    if (candidate !== folder && !candidate.startsWith(folder + sep)) return undefined;
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
  }
  return undefined;
}
