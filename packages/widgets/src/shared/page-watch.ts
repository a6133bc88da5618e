import { globalConfigChanges } from './config.js';

/** What a widget does when something around it changes that its own properties do not show. */
export interface PageWatcher {
  /** The page's `lang`s, the browser's languages or the page's `configure()` defaults changed. */
  pageChanged(): void;
  /** The browser is online again. */
  online(): void;
}

const watchers = new Set<PageWatcher>();
let langObserver: MutationObserver | undefined;

function notifyPageChanged() {
  for (const watcher of watchers) watcher.pageChanged();
}

function notifyOnline() {
  for (const watcher of watchers) watcher.online();
}

/**
 * Keeps `watcher` told about page-wide changes until the returned function is
 * called. One observer serves every widget: a `lang` changed anywhere in the
 * document (a language switcher on `<html>`, say), `languagechange`, `online`,
 * and `configure()`.
 */
export function watchPage(watcher: PageWatcher): () => void {
  if (watchers.size === 0) {
    langObserver = new MutationObserver(notifyPageChanged);
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', notifyPageChanged);
    window.addEventListener('online', notifyOnline);
    globalConfigChanges.addEventListener('change', notifyPageChanged);
  }
  watchers.add(watcher);
  return () => {
    watchers.delete(watcher);
    if (watchers.size > 0) return;
    langObserver?.disconnect();
    langObserver = undefined;
    window.removeEventListener('languagechange', notifyPageChanged);
    window.removeEventListener('online', notifyOnline);
    globalConfigChanges.removeEventListener('change', notifyPageChanged);
  };
}
