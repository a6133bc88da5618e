import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { emptyData } from '@ngo-kit/mock-server';
import { createFileStore } from '@ngo-kit/mock-server/node';

const folder = mkdtempSync(join(tmpdir(), 'ngo-file-store-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('createFileStore', () => {
  it('creates the file from the seed and restores every write after a restart', () => {
    const file = join(folder, 'restart.json');
    const store = createFileStore(file, emptyData);
    store.write((data) => {
      data.sequences['evt'] = 7;
      data.mail.push({ id: 'mail_1', to: 'a@example.org', kind: 'sign_in', subject: 'Hi', text: '', token: null, at: '2026-11-23T09:00:00Z' });
    });
    const restarted = createFileStore(file, () => assert.fail('the seed must not be used when the file exists'));
    assert.equal(restarted.read().sequences['evt'], 7);
    assert.equal(restarted.read().mail[0]?.subject, 'Hi');
  });

  it('refuses a file that is not its data, naming the file', () => {
    const file = join(folder, 'foreign.json');
    writeFileSync(file, '{"version": 99}');
    assert.throws(() => createFileStore(file, emptyData), /foreign\.json has data version 99/);
    writeFileSync(file, 'not json');
    assert.throws(() => createFileStore(file, emptyData), /foreign\.json is not a data file/);
  });

  it('leaves a readable file when the process is killed while it writes', async () => {
    const file = join(folder, 'killed.json');
    const writer = `
      import { createFileStore } from '@ngo-kit/mock-server/node';
      import { emptyData } from '@ngo-kit/mock-server';
      const store = createFileStore(process.argv[1], emptyData);
      process.stdout.write('ready\\n');
      for (let index = 0; ; index++) {
        store.write((data) => { data.sequences['n'] = index; data.mail.push({ id: 'm' + index, to: 'x@example.org', kind: 'sign_in', subject: 'x'.repeat(500), text: '', token: null, at: '2026-11-23T09:00:00Z' }); });
      }`;
    const child = spawn(process.execPath, ['--conditions=@ngo-kit/source', '--import', 'tsx', '--input-type=module', '-e', writer, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(saved.sequences.n > 0, 'some writes were saved');
    assert.equal(saved.mail.length, saved.sequences.n + 1, 'the file holds one whole write, not part of one');
    assert.ok(createFileStore(file, emptyData).read().mail.length > 0);
    assert.ok(readdirSync(folder).every((name) => !name.endsWith('.json') || !name.includes('.tmp')));
  });
});
