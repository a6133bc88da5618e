/**
 * Loads a page of `pages/` in an iframe of the test page and waits until the
 * page says it is ready (`window.pageReady`). A page needs its own document
 * when a test must reload it, or serve it with headers of its own (the
 * strict Content-Security-Policy). Each page opened gets an address of its
 * own (an `opened` parameter).
 */
let pagesOpened = 0;

export async function openPage(name: string, params: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const url = new URL(`./pages/${name}`, import.meta.url);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  // An address of its own, so that what the server hears from this page (CSP reports) can be told apart.
  url.searchParams.set('opened', `${Date.now().toString(36)}-${++pagesOpened}-${Math.random().toString(36).slice(2, 8)}`);
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.src = url.href;
  document.body.append(frame);
  await pageReady(frame);
  return frame;
}

/** Waits for the frame's page to load and finish its own setup. */
export async function pageReady(frame: HTMLIFrameElement): Promise<void> {
  const started = Date.now();
  for (;;) {
    const view = frame.contentWindow as (Window & { pageReady?: Promise<void> }) | null;
    if (view?.document.readyState === 'complete' && view.pageReady) {
      await view.pageReady;
      return;
    }
    if (Date.now() - started > 8_000) throw new Error(`${frame.src} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reloads the frame's page, as a person pressing F5 would, and waits until it is ready again. */
export async function reloadPage(frame: HTMLIFrameElement): Promise<void> {
  const before = frame.contentWindow;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  before?.location.reload();
  await loaded;
  await pageReady(frame);
}
