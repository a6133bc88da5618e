import { json } from './problems.js';
import type { Store } from './store.js';

/**
 * Routes that only the mock has, under `/__mock/`, so that demos and tests can
 * follow what a real server would send by e-mail. `GET /__mock/mail?to=<address>`
 * lists the e-mails sent, newest first.
 */
export function mockOnlyRoute(request: Request, url: URL, store: Store): Response | undefined {
  if (!url.pathname.startsWith('/__mock/')) return undefined;
  if (request.method === 'GET' && url.pathname === '/__mock/mail') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const mail = store
      .read()
      .mail.filter((message) => to === undefined || message.to.toLowerCase() === to)
      .reverse();
    return json({ items: mail });
  }
  return json({ error: { code: 'not_found', message: `No mock route at ${url.pathname}.` } }, { status: 404 });
}
