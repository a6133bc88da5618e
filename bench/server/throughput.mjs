// The mock server's throughput: autocannon on 127.0.0.1 against a server in a
// child process, on a list endpoint and a write endpoint.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const serverScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Goal of issue 10, on the list endpoint at 50 connections. */
export const SERVER_GOAL = { requestsPerSecond: 5_000, p99Ms: 20 };

async function startServer() {
  // the bench's own flags (`--import tsx`, and `--conditions=@ngo-kit/source` to measure the source without a build)
  const child = spawn(process.execPath, [...process.execArgv, serverScript], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = await once(child.stdout, 'data');
  return { url: String(chunk).trim(), stop: () => child.kill() };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Requests per second and latency at 50 connections, per endpoint. */
export async function serverThroughput({ seconds = 10, connections = 50 } = {}) {
  const server = await startServer();
  const headers = { authorization: 'Bearer pk_demo', 'content-type': 'application/json' };
  const endpoints = [
    { name: 'GET /v1/events?limit=20', method: 'GET', path: '/v1/events?limit=20' },
    {
      name: 'POST /v1/suggestions (new key)',
      method: 'POST',
      path: '/v1/suggestions',
      body: JSON.stringify({ title: 'More benches in the park', body: 'Please.', category: 'other', anonymous: true }),
      // as the SDK sends every write: with a new Idempotency-Key, which the server keeps
      idempotent: true,
    },
  ];
  const rows = [];
  try {
    for (const endpoint of endpoints) {
      const requests = endpoint.idempotent
        ? [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }]
        : undefined;
      // A short warm-up, then the measured run.
      await run({ url: server.url + endpoint.path, method: endpoint.method, headers, body: endpoint.body, connections, duration: 2, requests });
      const result = await run({
        url: server.url + endpoint.path,
        method: endpoint.method,
        headers,
        body: endpoint.body,
        connections,
        duration: seconds,
        requests,
      });
      rows.push({
        endpoint: endpoint.name,
        connections,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
  } finally {
    server.stop();
  }
  return rows;
}
