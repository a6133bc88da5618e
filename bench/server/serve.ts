// The mock server for the throughput benchmark, in a process of its own so that
// autocannon does not share its thread: the demo seed, the demo clock, no rate
// limit (the benchmark is one caller sending thousands of writes). Prints its URL.
import { createHandler, DEMO_NOW } from '@ngo-kit/mock-server';
import { serve } from '@ngo-kit/mock-server/node';

const server = await serve(createHandler({ rateLimit: false, now: () => new Date(DEMO_NOW) }), { host: '127.0.0.1', port: 0 });
process.stdout.write(`${server.url}\n`);
