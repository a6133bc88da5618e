import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { knownText, lightHandlers } from '../body.js';
import type { FetchHandler } from '../handler.js';

/** Turns a fetch handler into a listener for `node:http`. */
export function toNodeListener(handle: FetchHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const answer = lightHandlers.get(handle) ?? handle;
  return async (req, res) => {
    const controller = new AbortController();
    // the client went away before the answer was sent (aborting after every answer costs a DOMException each)
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const response = await answer(toRequest(req, controller.signal), { clientAddress: req.socket.remoteAddress });
      await writeResponse(response, res);
    } catch (error) {
      console.error('mock-server: could not answer', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  };
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    headers.append(req.rawHeaders[index] ?? '', req.rawHeaders[index + 1] ?? '');
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  const text = knownText(response);
  if (text !== undefined) {
    res.end(text);
    return;
  }
  if (response.body) {
    for await (const chunk of response.body) res.write(chunk);
  }
  res.end();
}

export interface RunningServer {
  /** The address it listens on, e.g. `http://127.0.0.1:4010`. */
  url: string;
  close(): Promise<void>;
}

/** Serves a fetch handler over HTTP; port 0 picks a free port. */
export function serve(handle: FetchHandler, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const server = createServer(toNodeListener(handle));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
