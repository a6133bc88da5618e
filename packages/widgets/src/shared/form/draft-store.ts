import type { FormValues } from './form-values.js';

/** What is kept of a form between page loads. */
export interface Draft {
  values: FormValues;
  /** Set while a submission waits for the network: it is sent again with this key, so it is applied once. */
  queuedKey?: string | undefined;
}

const PREFIX = 'ngo-kit:form:';

/**
 * Drafts in `sessionStorage`: they survive a reload and die with the tab, so
 * what a person typed on a shared computer does not outlive their visit.
 * Storage can be missing or full (private modes, sandboxed frames); a draft
 * is then simply not kept.
 */
export const draftStore = {
  load(name: string): Draft | undefined {
    try {
      const text = sessionStorage.getItem(PREFIX + name);
      return text ? (JSON.parse(text) as Draft) : undefined;
    } catch {
      return undefined;
    }
  },

  save(name: string, draft: Draft): void {
    try {
      sessionStorage.setItem(PREFIX + name, JSON.stringify(draft));
    } catch {
      // Without storage the form still works; only the reload loses the draft.
    }
  },

  clear(name: string): void {
    try {
      sessionStorage.removeItem(PREFIX + name);
    } catch {
      // Nothing was kept, then.
    }
  },
};

/**
 * The name of one widget's draft on its page, so that two of the same widget
 * (two suggestion boxes, say) keep two drafts, and each finds its own again
 * after a reload: `<name>:#<id>` when the element has an `id` (stable however
 * the page changes), else `<name>:<n>`, its position (from 1) among the
 * elements of its tag in its document or shadow root.
 *
 * @example
 * ```ts
 * draftKey: () => instanceDraftName(this, 'suggestion-box'), // 'suggestion-box:#feedback' or 'suggestion-box:1'
 * ```
 */
export function instanceDraftName(host: Element, name: string): string {
  if (host.id) return `${name}:#${host.id}`;
  const root = host.getRootNode() as Document | ShadowRoot;
  const position = root.querySelectorAll ? [...root.querySelectorAll(host.localName)].indexOf(host) + 1 : 0;
  return `${name}:${position}`;
}
