// The render benchmark's page: one origin serving an empty page with a #stage,
// the widgets' CDN build under /cdn/, the harness, and the peers' bundles and
// stylesheets under /peers/. Nothing on it talks to an API: the harness answers
// the widgets' requests itself.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(bench, '../packages/widgets/dist/cdn');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>ngo-kit render bench</title>
    <link rel="stylesheet" href="/peers/fullcalendar-month.css" />
    <link rel="stylesheet" href="/peers/survey-rating.css" />
    <style>body { margin: 0; font: 16px system-ui, sans-serif; } #stage { width: 1000px; }</style>
  </head>
  <body>
    <main id="stage"></main>
    <script type="module" src="/harness.mjs"></script>
  </body>
</html>
`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

/**
 * Starts the page's server on 127.0.0.1.
 *
 * @param {Record<string, import('./peers.mjs').PeerBundle>} peers the bundled peers, served as `/peers/<name>.js|.css`
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startRenderServer(peers) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://bench').pathname;
    const send = (body, type) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    try {
      if (path === '/') return send(PAGE, TYPES['.html']);
      if (path === '/harness.mjs') return send(await readFile(join(bench, 'render/harness.mjs')), TYPES['.mjs']);
      const peer = /^\/peers\/([a-z-]+)\.(js|css)$/.exec(path);
      if (peer && peers[peer[1]]) return send(peers[peer[1]][peer[2]], TYPES[`.${peer[2]}`]);
      if (path.startsWith('/cdn/')) {
        const file = normalize(join(cdn, path.slice('/cdn/'.length)));
        if (file.startsWith(cdn)) return send(await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
      }
      res.writeHead(404).end();
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
