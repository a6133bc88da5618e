import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler, type Faults } from '@ngo-kit/mock-server';
import { toNodeListener } from '@ngo-kit/mock-server/node';
import { serveFiles, type Mount } from './static-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const MOUNTS: Mount[] = [
  ['/cdn/sdk/', join(root, 'packages/sdk/dist/cdn')],
  ['/cdn/', join(root, 'packages/widgets/dist/cdn')],
  ['/portal/', join(root, 'examples/portal')],
  ['/', join(root, 'examples/plain-html')],
];

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The demo: the plain-HTML example site, the CDN build of the widgets under
 * `/cdn/`, the SDK-only portal under `/portal/`, and the mock community-ops API under `/v1/`
 * (and its e-mails under `/__mock/mail`), all on one origin.
 * With `mounts`, other folders are served instead of the site (Storybook's static build, say).
 */
export async function startDemoServer(
  options: { port?: number; host?: string; faults?: Faults; mounts?: Mount[] } = {},
): Promise<DemoServer> {
  const api = toNodeListener(createHandler({ faults: options.faults ?? {} }));
  const files = serveFiles(options.mounts ?? MOUNTS);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    // `/__mock/mail`: the e-mails the mock would have sent, for the demo's sign-in and opt-in flows
    if (path.startsWith('/v1/') || path.startsWith('/__mock/') || req.method === 'OPTIONS') return void api(req, res);
    // browsers ask for it on every page that names no icon, such as minimal.html
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    void files(req, res);
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
