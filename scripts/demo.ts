import { startDemoServer } from './demo-server.js';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

try {
  const demo = await startDemoServer({ port, host });
  console.log(`
  ngo-kit demo
    site       ${demo.url}
    中文       ${demo.url}zh.html
    one widget ${demo.url}widgets/event-calendar.html   (one page per widget in /widgets/)
    portal     ${demo.url}portal/   (the SDK alone; sign in as lena.fischer@example.org)
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
