import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { testServer } from './support.js';

const SUGGESTION = { title: 'Bike racks at the hall', body: 'Many of us come by bike; there is nowhere to lock them.', category: 'events', anonymous: true };

describe('Idempotency-Key under load', () => {
  it('writes once when the same key is sent 50 times at once, and answers all 50 alike', async () => {
    const { call, store } = testServer();
    const headers = { 'idempotency-key': 'suggestion-0001' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => call('POST', '/v1/suggestions', { body: SUGGESTION, headers })));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    assert.equal(new Set(answers.map((answer) => answer.text)).size, 1, 'every answer is the first one');
    assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true').length, 49);
    assert.equal(store.read().suggestions.length, 1);
  });

  it('writes once more per new key', async () => {
    const { call, store } = testServer();
    for (const key of ['a-1', 'a-2', 'a-1', 'a-2', 'a-3']) {
      assert.equal((await call('POST', '/v1/suggestions', { body: SUGGESTION, headers: { 'idempotency-key': key } })).status, 201);
    }
    assert.equal(store.read().suggestions.length, 3);
  });
});

describe('ngo-mock-server --data', () => {
  const cli = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), 'ngo-cli-data-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function start(file: string) {
    const child = spawn(process.execPath, [...process.execArgv, cli, '--port', '0', '--data', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
    assert.ok(url, chunk.toString());
    return { child, url };
  }

  it('keeps every write across a kill and a restart', async () => {
    const file = join(folder, 'data.json');
    const first = await start(file);
    const headers = { authorization: 'Bearer pk_test', 'content-type': 'application/json' };
    const created = [];
    try {
      for (let index = 0; index < 5; index++) {
        const response = await fetch(`${first.url}/v1/suggestions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...SUGGESTION, title: `Kept suggestion ${index}` }),
        });
        assert.equal(response.status, 201);
        created.push(((await response.json()) as { id: string }).id);
      }
    } finally {
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
    }
    const second = await start(file);
    try {
      // New suggestions wait for moderation: the staff inbox has them, listed or not.
      const staff = { authorization: 'Bearer sk_test' };
      const response = await fetch(`${second.url}/v1/suggestions/inbox?limit=100&sort=recent`, { headers: staff });
      const ids = ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
      for (const id of created) assert.ok(ids.includes(id), `${id} survived the restart`);
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  });
});
