import type { ReactiveController, ReactiveElement } from 'lit';
import { sameConfig, type NgoKitConfig } from './config.js';

/**
 * The key of the configuration an `<ngo-provider>` gives the widgets inside
 * it. A string, not a symbol, so that a provider and widgets from two copies
 * of ngo-kit on one page (two WordPress plugins, say) still find each other,
 * older copies built on `@lit/context` included.
 */
export const CONFIG_CONTEXT = 'ngo-kit/config';

/** How a provider answers: with the configuration, and for a subscriber a function that ends the subscription. */
type ConfigCallback = (value: NgoKitConfig, unsubscribe?: () => void) => void;

/**
 * Sends the community context protocol's `context-request` event
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md)
 * for our context from `target`, the shape `@lit/context` sends and answers.
 * It bubbles out of shadow roots, so the nearest provider above `target`, in
 * the light or a shadow tree, answers it first and stops it.
 */
function request(target: EventTarget, callback: ConfigCallback): void {
  target.dispatchEvent(protocolEvent('context-request', target, { callback, subscribe: true }));
}

/** A protocol event for our context; `context-provider` is what a provider that has just arrived sends. */
function protocolEvent(type: 'context-request' | 'context-provider', contextTarget: EventTarget, more?: object): Event {
  return Object.assign(new Event(type, { bubbles: true, composed: true }), { context: CONFIG_CONTEXT, contextTarget, ...more });
}

/** A protocol event as a listener sees it: the fields of a request, or of a provider's announcement (no callback). */
interface ProtocolEvent extends Event {
  context: unknown;
  contextTarget?: EventTarget;
  callback: ConfigCallback;
  subscribe?: boolean;
}

/** The element that asked or announced: the protocol's `contextTarget`, else the event's origin. */
function origin(event: ProtocolEvent): EventTarget | undefined {
  return event.contextTarget ?? event.composedPath()[0];
}

function listen(target: EventTarget, type: string, listener: (event: ProtocolEvent) => void) {
  target.addEventListener(type, listener as unknown as EventListener);
}

/** The documents whose unanswered requests are kept. */
const watchedDocuments = new WeakSet<Document>();

/**
 * Keeps the subscribing requests that reach the top of `document` unanswered
 * (a provider whose script loads after the widget's, say), and asks them again when a provider arrives: what `@lit/context`'s
 * `ContextRoot` does, for our one context.
 */
function keepUnanswered(document: Document): void {
  if (watchedDocuments.has(document)) return;
  watchedDocuments.add(document);
  // Weakly: most pages have no provider, and a widget removed for good must not be kept alive here.
  const pending: [asking: WeakRef<EventTarget>, answer: WeakRef<ConfigCallback>][] = [];
  const kept = new WeakSet<ConfigCallback>();
  listen(document.documentElement, 'context-request', (event) => {
    const element = origin(event);
    if (event.context !== CONFIG_CONTEXT || !event.subscribe || !element || kept.has(event.callback)) return;
    kept.add(event.callback);
    pending.push([new WeakRef(element), new WeakRef(event.callback)]);
  });
  listen(document.documentElement, 'context-provider', (event) => {
    if (event.context !== CONFIG_CONTEXT) return;
    for (const [element, callback] of pending.splice(0)) {
      const [asking, answer] = [element.deref(), callback.deref()];
      if (!asking || !answer) continue;
      kept.delete(answer);
      request(asking, answer);
    }
  });
}

/**
 * Both ends of the configuration context for one element, which is at once
 * a consumer (it follows the configuration its nearest provider gives) and a
 * provider (it passes one on to the elements inside it: an `<ngo-provider>`
 * to its children, a widget to the widgets in its shadow root, such as the
 * registration form in the calendar's dialog).
 *
 * It speaks the community context protocol, as `@lit/context` does: the
 * nearest provider wins, a subscription carries every later change of the
 * provider's value, a provider that arrives between an element and its
 * provider takes its subscriptions over, and a request made before any
 * provider is defined is asked again when one arrives.
 */
export class ConfigContext implements ReactiveController {
  readonly #host: ReactiveElement;
  /** The value given by the nearest provider above, `undefined` until one answers. */
  #inherited: NgoKitConfig | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The value passed on to the elements inside. */
  #passed: NgoKitConfig = {};
  /** Who subscribed to what this element passes on, by their callback. */
  readonly #subscribers = new Map<ConfigCallback, [consumer: EventTarget, unsubscribe: () => void]>();

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
    listen(host, 'context-request', (event) => {
      const consumer = origin(event);
      if (event.context !== CONFIG_CONTEXT || !consumer || consumer === host) return;
      event.stopPropagation();
      const { callback } = event;
      if (!event.subscribe) return callback(this.#passed);
      let subscription = this.#subscribers.get(callback);
      if (!subscription) this.#subscribers.set(callback, (subscription = [consumer, () => this.#subscribers.delete(callback)]));
      callback(this.#passed, subscription[1]);
    });
    listen(host, 'context-provider', (event) => {
      if (event.context !== CONFIG_CONTEXT || origin(event) === host) return;
      event.stopPropagation();
      // Each subscriber asks again: those inside the new provider now reach it first.
      for (const [callback, [consumer]] of [...this.#subscribers]) {
        request(consumer, callback);
      }
    });
  }

  /** The configuration the nearest provider above gives, if any has answered. */
  get inherited(): NgoKitConfig | undefined {
    return this.#inherited;
  }

  /** Passes `config` on to the subscribers inside, when it differs from what they have. */
  pass(config: NgoKitConfig): void {
    if (sameConfig(config, this.#passed)) return;
    this.#passed = config;
    for (const [callback, [, unsubscribe]] of this.#subscribers) callback(config, unsubscribe);
  }

  hostConnected(): void {
    const host = this.#host;
    keepUnanswered(host.ownerDocument);
    request(host, this.#receive);
    host.dispatchEvent(protocolEvent('context-provider', host));
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** A provider's answer; a new unsubscribe function means a nearer provider took over, so the old one is left. */
  readonly #receive: ConfigCallback = (value, unsubscribe) => {
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#inherited = value;
    this.#host.requestUpdate();
  };
}
