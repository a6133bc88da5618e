import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createHandler, createMemoryStore, DEMO_NOW, demoSeed, type StoreData } from '@ngo-kit/mock-server';
import { serve, type RunningServer } from '@ngo-kit/mock-server/node';
import { createAdminClient } from '@ngo-kit/sdk';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const script = join(root, 'examples/thank-you-letters/letters.ts');

/** A donor whose name tries to become markup, who asked not to be named in public. */
const HOSTILE = {
  donorName: '<img src=x onerror="alert(1)">Robin & "Co"',
  email: 'robin@donors.example',
  amount: 8_800,
  currency: 'CNY',
  date: '2026-11-20',
  publicThanks: true,
  anonymous: true,
  locale: 'zh-CN',
} as const;

/** Runs the script as a reader would, from the repository's root; resolves with what it printed. */
async function runScript(args: string[], env: Record<string, string> = {}) {
  const { stdout } = await run(process.execPath, ['--conditions=@ngo-kit/source', '--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return stdout;
}

async function filesIn(folder: string): Promise<Map<string, string>> {
  const names = await readdir(folder);
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
}

describe('examples/thank-you-letters', () => {
  let server: RunningServer;
  let data: StoreData;
  let out: string;
  let files: Map<string, string>;
  let printed: string;

  before(async () => {
    const store = createMemoryStore(demoSeed());
    server = await serve(createHandler({ store, now: () => new Date(DEMO_NOW) }));
    await createAdminClient({ baseUrl: server.url, secretKey: 'sk_test' }).donors.recordDonation(HOSTILE);
    data = structuredClone(store.read()) as StoreData;
    out = await mkdtemp(join(tmpdir(), 'ngo-letters-'));
    printed = await runScript(['--api', server.url, '--period', '2026', '--out', out], { NGO_SECRET_KEY: 'sk_test' });
    files = await filesIn(out);
  });

  after(async () => {
    await server.close();
    await rm(out, { recursive: true, force: true });
  });

  function donorsOf2026() {
    const ids = new Set(data.donations.filter((donation) => donation.date.startsWith('2026')).map((donation) => donation.donorId));
    return data.donors.filter((donor) => ids.has(donor.id));
  }

  it('writes an HTML and a text letter per donor of the period, in the donor’s language', () => {
    const donors = donorsOf2026();
    assert.ok(donors.length > 20);
    assert.equal(files.size, donors.length * 2 + 1);
    for (const donor of donors) {
      const html = files.get(`${donor.id}.${donor.locale}.html`);
      const text = files.get(`${donor.id}.${donor.locale}.txt`);
      assert.ok(html && text, `the letters of ${donor.id}`);
      assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${donor.locale}">`));
      const greeting = { en: `Dear ${donor.name},`, 'zh-CN': `亲爱的${donor.name}：`, 'zh-TW': `親愛的${donor.name}：` }[donor.locale];
      assert.ok(text.startsWith(greeting), `${donor.id}: ${text.slice(0, 40)}`);
    }
    const index = JSON.parse(files.get('index.json')!) as { letters: { donorId: string; locale: string; html: string }[] };
    assert.deepEqual(index.letters.map((entry) => entry.donorId).sort(), donors.map((donor) => donor.id).sort());
    assert.match(printed, new RegExp(`^Wrote ${donors.length} letters for 2026 to ${out} \\(en \\d+, zh-CN \\d+, zh-TW \\d+\\)\\n$`));
  });

  it('has letters in English and in Chinese', () => {
    const subjects = [...files.entries()].filter(([name]) => name.endsWith('.html')).map(([, html]) => /<title>(.*)<\/title>/.exec(html)?.[1]);
    assert.ok(subjects.includes('Thank you for your support in 2026'));
    assert.ok(subjects.includes('感谢您在2026年的支持'));
    assert.ok(subjects.includes('感謝您在2026年的支持'));
  });

  it('escapes a hostile donor name in the HTML and keeps it as given in the text', () => {
    const robin = data.donors.find((donor) => donor.email === HOSTILE.email)!;
    const html = files.get(`${robin.id}.zh-CN.html`)!;
    assert.ok(html.includes('亲爱的&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Robin &amp; &quot;Co&quot;：'), html);
    assert.ok(!/<img|onerror="/.test(html));
    assert.ok(files.get(`${robin.id}.zh-CN.txt`)!.startsWith(`亲爱的${HOSTILE.donorName}：`));
  });

  it('names an anonymous donor in their own letter and nowhere else, not even in a file name', () => {
    const anonymous = donorsOf2026().filter((donor) => data.donations.some((donation) => donation.donorId === donor.id && donation.anonymous));
    assert.ok(anonymous.length >= 2, 'the seed and the hostile donor give anonymous donors');
    for (const donor of anonymous) {
      const namesakes = new Set(data.donors.filter((other) => other.name.includes(donor.name)).map((other) => other.id));
      for (const [file, content] of files) {
        if (namesakes.has(file.split('.')[0]!)) continue;
        assert.ok(!file.includes(donor.name) && !content.includes(donor.name), `${donor.id} is named in ${file}`);
        const escaped = donor.name.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
        assert.ok(!content.includes(escaped), `${donor.id} is named, escaped, in ${file}`);
      }
      assert.ok(files.get(`${donor.id}.${donor.locale}.txt`)!.includes(donor.name));
    }
  });

  it('runs on its own with the demo data, in one language when asked', async () => {
    const own = await mkdtemp(join(tmpdir(), 'ngo-letters-'));
    try {
      const said = await runScript(['--language', 'zh-TW', '--out', own]);
      const written = [...(await filesIn(own)).keys()].filter((name) => name !== 'index.json');
      assert.ok(written.length > 0);
      assert.ok(written.every((name) => /^dnr_\d+\.zh-TW\.(html|txt)$/.test(name)), written.join(' '));
      assert.equal(said, `Wrote ${written.length / 2} letters for 2026 to ${own} (zh-TW ${written.length / 2})\n`);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('refuses a period or language the API does not know, without writing anything', async () => {
    const own = await mkdtemp(join(tmpdir(), 'ngo-letters-'));
    try {
      await assert.rejects(runScript(['--period', '2026-07', '--out', own]), /does not match the API contract at period/);
      await assert.rejects(runScript(['--api', server.url, '--out', own], { NGO_SECRET_KEY: '' }), /NGO_SECRET_KEY/);
      assert.deepEqual(await readdir(own), []);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});
