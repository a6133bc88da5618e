/**
 * Writes the thank-you letters of a period into a folder: one HTML and one
 * text file per donor, each in the donor's own language, and an `index.json`
 * that lists them by donor id (never by name: a donor who gives anonymously is
 * named in their own letter and nowhere else).
 *
 * With `--api` it asks that community-ops API, with the secret key in
 * `NGO_SECRET_KEY` (or `--key`); without it, it starts the mock server with the
 * demo data in this process.
 *
 *   node --conditions=@ngo-kit/source --import tsx examples/thank-you-letters/letters.ts --period 2026 --out letters
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandler, createMemoryStore, DEMO_NOW, demoSeed } from '@ngo-kit/mock-server';
import { serve } from '@ngo-kit/mock-server/node';
import { createAdminClient, type ThankYouLetter, type ThankYouLettersParams } from '@ngo-kit/sdk';

const USAGE = `Usage: letters.ts [--period 2026|2026-Q4] [--language en|zh-CN|zh-TW] [--out DIR] [--api URL [--key sk_...]]
  --period    the year or quarter of the donations (default: this year; the demo's is 2026)
  --language  only the letters in this language (default: each donor's own)
  --out       the folder to write into (default: thank-you-letters-<period>)
  --api       a community-ops API; its secret key in NGO_SECRET_KEY or --key. Without it, the demo mock server runs here.`;

/** One letter as the index lists it: where its files are, and nothing that names the donor. */
interface IndexEntry {
  donorId: string;
  locale: string;
  subject: string;
  html: string;
  text: string;
}

/** A mistake in how the script was called: said with the usage, not as a crash. */
class UsageError extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      period: { type: 'string' },
      language: { type: 'string' },
      out: { type: 'string' },
      api: { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const secretKey = values.api ? (values.key ?? process.env['NGO_SECRET_KEY']) : 'sk_demo';
  if (!secretKey) throw new UsageError('Give the secret key of the API in NGO_SECRET_KEY (or --key).');
  const server = values.api ? undefined : await startDemoApi();
  try {
    const admin = createAdminClient({ baseUrl: values.api ?? server?.url ?? '', secretKey });
    const period = values.period ?? String((values.api ? new Date() : new Date(DEMO_NOW)).getUTCFullYear());
    // the SDK checks period and language against the contract before asking
    const letters = await admin.donors.thankYouLetters({ period, language: values.language } as ThankYouLettersParams);
    const out = resolve(values.out ?? `thank-you-letters-${period}`);
    const written = await writeLetters(letters, out);
    process.stdout.write(`Wrote ${written.length} letters for ${period} to ${out}${countByLanguage(written)}\n`);
  } finally {
    await server?.close();
  }
}

/** Each letter as `<donor id>.<locale>.html` and `.txt`, and `index.json`. */
async function writeLetters(letters: readonly ThankYouLetter[], out: string): Promise<IndexEntry[]> {
  await mkdir(out, { recursive: true });
  const used = new Set<string>();
  const index: IndexEntry[] = [];
  for (const letter of letters) {
    const name = uniqueName(`${fileSafe(letter.donorId)}.${letter.locale}`, used);
    const entry = { donorId: letter.donorId, locale: letter.locale, subject: letter.subject, html: `${name}.html`, text: `${name}.txt` };
    await writeFile(join(out, entry.html), htmlDocument(letter));
    await writeFile(join(out, entry.text), letter.text);
    index.push(entry);
  }
  await writeFile(join(out, 'index.json'), `${JSON.stringify({ letters: index }, null, 2)}\n`);
  return index;
}

/**
 * A whole HTML page around the letter. The API escapes everything the letter
 * quotes (the donor's name above all) in `html`; the subject is escaped here.
 */
function htmlDocument(letter: ThankYouLetter): string {
  return `<!doctype html>
<html lang="${escapeHtml(letter.locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(letter.subject)}</title>
</head>
<body>
${letter.html}</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** An id as a file name: an id is the API's to choose, and a path is not. */
function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_') || 'donor';
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let copy = 2; used.has(candidate); copy += 1) candidate = `${name}-${copy}`;
  used.add(candidate);
  return candidate;
}

/** `" (en 20, zh-CN 7)"`, or nothing when no letter was written. */
function countByLanguage(entries: readonly IndexEntry[]): string {
  const counts = new Map<string, number>();
  for (const { locale } of entries) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  return counts.size === 0 ? '' : ` (${[...counts].map(([locale, count]) => `${locale} ${count}`).join(', ')})`;
}

/** The mock API with the demo organisation's data, on its own clock, on a free local port. */
function startDemoApi() {
  return serve(createHandler({ store: createMemoryStore(demoSeed()), now: () => new Date(DEMO_NOW) }));
}


try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof UsageError ? `${error.message}\n${USAGE}` : String(error)}\n`);
  process.exitCode = 1;
}
