#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createHandler } from '../handler.js';
import { DEMO_NOW, demoSeed, emptySeed } from '../seed/demo.js';
import { createMemoryStore } from '../store.js';
import { serve } from './adapter.js';
import { createFileStore } from './file-store.js';

const USAGE = `Usage: ngo-mock-server [options]

  --port N          port to listen on (default 4010; 0 picks a free one)
  --host ADDRESS    address to listen on (default 127.0.0.1)
  --seed NAME       demo | empty (default demo)
  --now TIME        the server's clock: an ISO time it stays at, or "real"
                    (default: the demo seed's moment, ${DEMO_NOW}, with --seed demo; else real)
  --data FILE       keep the data in FILE: every write is saved, a restart restores it;
                    a missing FILE is created from the seed
  --origins LIST    page origins allowed to call from a browser, comma-separated,
                    e.g. https://example.org,http://localhost:8080 (default: any)
  --latency MS      milliseconds added to every answer (default 0)
  --fail-rate R     share of requests, 0 to 1, answered with 500 (default 0)
  --help            this text`;

function fail(message: string): never {
  console.error(`ngo-mock-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function numberOption(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max) fail(`--${name} must be a number from 0 to ${max}`);
  return value;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      now: { type: 'string' },
      origins: { type: 'string' },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seed = values.seed ?? 'demo';
if (seed !== 'demo' && seed !== 'empty') fail('--seed must be demo or empty');

const seedData = seed === 'demo' ? demoSeed : emptySeed;
const fixedNow = values.now ?? (seed === 'demo' ? DEMO_NOW : 'real');
if (fixedNow !== 'real' && Number.isNaN(Date.parse(fixedNow))) fail('--now must be an ISO time such as 2026-11-23T09:00:00Z, or real');
const now = fixedNow === 'real' ? () => new Date() : () => new Date(fixedNow);
const origins = values.origins?.split(',').map((origin) => origin.trim()).filter(Boolean);
for (const origin of origins ?? []) {
  if (!/^https?:\/\/[^/]+$/.test(origin)) fail(`--origins: ${origin} is not an origin such as https://example.org`);
}
let store;
try {
  store = values.data ? createFileStore(values.data, seedData) : createMemoryStore(seedData());
} catch (error) {
  fail((error as Error).message);
}

const server = await serve(
  createHandler({
    store,
    now,
    ...(origins ? { allowedOrigins: origins } : {}),
    faults: {
      latencyMs: numberOption('latency', values.latency, 0, 60_000),
      failRate: numberOption('fail-rate', values['fail-rate'], 0, 1),
    },
  }),
  { port: numberOption('port', values.port, 4010, 65_535), host: values.host ?? '127.0.0.1' },
);
console.log(
  `ngo-mock-server listening on ${server.url} (${values.data ? `data: ${values.data}` : `seed: ${seed}`}, clock: ${fixedNow})`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
