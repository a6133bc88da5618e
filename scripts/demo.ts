import { startDemoServer } from './demo-server.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

try {
  const demo = await startDemoServer({ port, host });
  console.log(`
  ngo-kit demo
    site       ${demo.url}
    one widget ${demo.url}minimal.html
    mock API   ${demo.url}v1/events   (key: pk_demo)

  Press Ctrl+C to stop.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void demo.close().then(() => process.exit(0)));
  }
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use: run with another, e.g. PORT=8081 npm start`);
    process.exit(1);
  }
  throw error;
}
