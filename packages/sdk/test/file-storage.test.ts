import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createClient, isNgoNetworkError } from '@ngo-kit/sdk';
import { fileStorage } from '@ngo-kit/sdk/node';
import { fakeWriteServer } from './fake-write-server.js';
import { BASE_URL, instantSleep } from './support.js';

describe('fileStorage (@ngo-kit/sdk/node)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ngo-sdk-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stores, reads and removes items; a missing file is empty', () => {
    const storage = fileStorage(join(dir, 'nested', 'items.json'));
    assert.equal(storage.getItem('a'), null);
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    storage.removeItem('a');
    assert.equal(storage.getItem('a'), null);
    assert.equal(fileStorage(join(dir, 'nested', 'items.json')).getItem('b'), '2');
  });

  it('refuses a file that is not its JSON, rather than overwrite it', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, 'not json');
    assert.throws(() => fileStorage(path).setItem('a', '1'), SyntaxError);
    assert.equal(readFileSync(path, 'utf8'), 'not json');
  });

  it('keeps an outbox across processes, without writing the key into the file', async () => {
    const path = join(dir, 'outbox.json');
    const server = fakeWriteServer();
    server.state.online = false;
    const options = { baseUrl: BASE_URL, publishableKey: 'pk_test_file', fetch: server.fetch, retry: { sleep: instantSleep().sleep } };
    const first = createClient({ ...options, storage: fileStorage(path) });
    await assert.rejects(
      first.events.register('evt_001', { name: 'Ada', email: 'ada@example.org', role: 'attendee', consent: true }),
      (error: unknown) => isNgoNetworkError(error) && error.outboxId !== undefined,
    );
    assert.doesNotMatch(readFileSync(path, 'utf8'), /pk_test_file/);

    server.state.online = true;
    // Making the client sends what the last run kept; flush() follows that flush.
    const restarted = createClient({ ...options, storage: fileStorage(path) });
    await restarted.outbox.flush();
    assert.equal(restarted.outbox.pending.length, 0);
    assert.equal(server.applied.length, 1);
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), {});
  });
});
