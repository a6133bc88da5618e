import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createHandler } from '@ngo-kit/mock-server';
import { serve, type RunningServer } from '@ngo-kit/mock-server/node';

describe('node adapter', () => {
  let server: RunningServer;
  before(async () => {
    server = await serve(createHandler());
  });
  after(() => server.close());

  it('serves the handler over HTTP on loopback', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/v1/events?limit=1`, { headers: { authorization: 'Bearer pk_test' } });
    assert.equal(response.status, 200);
    const page = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    assert.equal(page.items.length, 1);
    assert.equal(typeof page.nextCursor, 'string');
  });

  it('passes error statuses and headers through', async () => {
    const response = await fetch(`${server.url}/v1/events.ics`, { method: 'PATCH', body: '{}' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET');
  });
});

describe('ngo-mock-server CLI', () => {
  const cli = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url));

  it('starts with the given options and prints its address', async () => {
    const child = spawn(process.execPath, [...process.execArgv, cli, '--port', '0', '--seed', 'empty'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
      assert.ok(url, chunk.toString());
      const response = await fetch(`${url}/v1/events`, { headers: { authorization: 'Bearer pk_test' } });
      assert.deepEqual(((await response.json()) as { items: unknown[] }).items, []);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('allows only the origins given with --origins to call from a browser', async () => {
    const child = spawn(process.execPath, [...process.execArgv, cli, '--port', '0', '--origins', 'https://ngo.example'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
      const from = async (origin: string) =>
        (await fetch(`${url}/v1/events`, { headers: { authorization: 'Bearer pk_test', origin } })).headers.get('access-control-allow-origin');
      assert.equal(await from('https://ngo.example'), 'https://ngo.example');
      assert.equal(await from('https://elsewhere.example'), null);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('refuses a bad option with a clear message', async () => {
    const child = spawn(process.execPath, [...process.execArgv, cli, '--fail-rate', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 2);
    assert.match(stderr, /--fail-rate must be a number from 0 to 1/);
  });
});
