import type { NgoBaseClient } from '@ngo-kit/sdk';
import { html, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadTexts, retryFailedTexts, textsFailed, textsReady } from '../i18n/catalog.js';
import { inheritedLang, resolveLocale, tableLocale } from '../i18n/locale.js';
import { localizerFor, type Localizer } from '../i18n/localizer.js';
import { clientFor } from './clients.js';
import { pageConfig, resolveConfig, type NgoKitConfig, type Theme } from './config.js';
import { ConfigContext } from './config-context.js';
import { LoadTask } from './load-task.js';
import { watchPage } from './page-watch.js';
import { platformStyles } from './platform.styles.js';

/**
 * What a load function is given: the shared client of the widget's
 * configuration (name the resources it uses: `client.use(EventsResource)`),
 * and the signal of this run.
 */
export interface LoadContext {
  client: NgoBaseClient;
  signal: AbortSignal;
}

export interface LoadOptions<Args extends readonly unknown[], Value> {
  /** The widget's own inputs of the load, e.g. `() => [this.limit]`; a change runs it again. */
  args: () => Args;
  /** Loads the data; pass `signal` on to the SDK so that an abandoned load is cancelled. */
  load: (args: Args, context: LoadContext) => Promise<Value>;
}

type ClientArgs = readonly [
  api: string | undefined,
  key: string | undefined,
  memberToken: string | undefined,
  fetch: typeof globalThis.fetch | undefined,
];

/**
 * The base of every ngo-kit widget. It resolves the configuration nearest
 * first (the widget's own attributes, then the nearest `<ngo-provider>`, then
 * the page's `configure()`), speaks the resolved language, wears the resolved
 * theme, and loads data through {@link NgoElement.loadTask} with the client
 * it shares with every widget of the same configuration.
 *
 * A widget renders its content in {@link NgoElement.renderContent}; the base
 * wraps it in the `base` part, which carries the language and the theme.
 *
 * @csspart base - The widget's outermost box inside its shadow root; carries its language and colour scheme.
 *
 * @cssprop --ngo-color-primary - Buttons and links.
 * @cssprop --ngo-color-on-primary - Text on buttons.
 * @cssprop --ngo-color-text - Text.
 * @cssprop --ngo-color-text-muted - Secondary text.
 * @cssprop --ngo-color-heading - Headings; defaults to the text colour.
 * @cssprop --ngo-color-surface - Background of cards and fields.
 * @cssprop --ngo-color-surface-muted - Background of placeholders and notices.
 * @cssprop --ngo-color-border - Borders.
 * @cssprop --ngo-color-danger - Errors.
 * @cssprop --ngo-color-success - Confirmations.
 * @cssprop --ngo-font-family - Typeface; the page's by default.
 * @cssprop --ngo-font-size - Base text size; the reader's default size (`medium`) by default.
 * @cssprop --ngo-line-height - Line height; 1.5 by default.
 * @cssprop --ngo-radius - Corner radius.
 * @cssprop --ngo-space-xs - Extra small spacing.
 * @cssprop --ngo-space-s - Small spacing.
 * @cssprop --ngo-space-m - Medium spacing.
 * @cssprop --ngo-space-l - Large spacing.
 * @cssprop --ngo-focus-ring - Outline of the focused control.
 */
export abstract class NgoElement extends LitElement {
  // Strings all: lit's default converter, so no `type` is given.
  static override properties: PropertyDeclarations = {
    api: {},
    key: {},
    memberToken: { attribute: 'member-token' },
    lang: { reflect: true },
    theme: { reflect: true },
  };

  static override styles: CSSResultGroup = platformStyles;

  /** Address of the community-ops API; else the provider's, else `configure({ api })`. */
  declare api: string | undefined;
  /** The organisation's publishable key (`pk_...`); else the provider's, else `configure({ key })`. */
  declare key: string | undefined;
  /**
   * A signed-in member's token (`mt_...`) for widgets that show a member's own data;
   * else the provider's, else `configure({ memberToken })`.
   */
  declare memberToken: string | undefined;
  /**
   * The widget's language (`en`, `zh-CN`, `zh-TW`, ...); else the provider's, else `configure({ lang })`,
   * else the nearest `lang` on the page, else the browser's.
   */
  declare lang: string;
  /** `light`, `dark` or `auto` (follows the reader's system); else the provider's, else `configure({ theme })`. */
  declare theme: Theme | undefined;

  /**
   * The nearest provider's configuration; and a widget inside another's shadow
   * root (the registration form in the calendar's dialog, say) gets the outer
   * widget's whole configuration, `fetch` included, as if the outer widget were its provider.
   */
  readonly #context = new ConfigContext(this);
  readonly #loads: LoadTask<readonly unknown[], unknown>[] = [];
  #unwatch: (() => void) | undefined;
  #localizer: Localizer = localizerFor('en');
  #internals: ElementInternals | undefined;

  /** The configuration in effect: each setting from the nearest place that has it. */
  get config(): NgoKitConfig {
    return resolveConfig(
      // `lang`, not the attribute: a property set before the first update is reflected only after it
      { api: this.api, key: this.key, memberToken: this.memberToken, lang: this.lang, theme: this.theme },
      this.#context.inherited,
      pageConfig(),
    );
  }

  /**
   * The shared client of the configuration in effect, for writes (a form's
   * submit function); loads get theirs through {@link NgoElement.loadTask}.
   *
   * @throws {NgoConfigError} when the address or the key is missing.
   */
  protected get client(): NgoBaseClient {
    return clientFor(this.config);
  }

  /** The language the widget speaks, as a canonical BCP 47 tag; see {@link NgoElement.lang}. */
  get locale(): string {
    return this.#localizer.locale;
  }

  /** Messages and `Intl` formatters of the widget's language, current as of the last update. */
  protected get localizer(): Localizer {
    return this.#localizer;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchPage({
      pageChanged: () => this.requestUpdate(),
      online: () => {
        for (const task of this.#loads) if (task.failedOffline) void task.run();
        this.#retryTexts();
      },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /**
   * Loads data for the widget with the SDK client of its configuration. The
   * load runs when the widget is first rendered, again when `args` or the
   * address, key, member token or `fetch` in effect change, is cancelled when the widget
   * leaves the page, and runs again when the browser comes back online after
   * failing for want of a network. Call it from a field initialiser.
   *
   * @example
   * ```ts
   * readonly #events = this.loadTask({
   *   args: () => [this.limit] as const,
   *   load: ([limit], { client, signal }) => client.use(EventsResource).list({ limit }, { signal }),
   * });
   * ```
   */
  protected loadTask<Args extends readonly unknown[], Value>(
    options: LoadOptions<Args, Value>,
  ): LoadTask<readonly [...ClientArgs, ...Args], Value> {
    const task = new LoadTask<readonly [...ClientArgs, ...Args], Value>(this, {
      args: () => {
        const { api, key, memberToken, fetch } = this.config;
        return [api, key, memberToken, fetch, ...options.args()] as const;
      },
      task: ([api, key, memberToken, fetch, ...args], { signal }) =>
        options.load(args as unknown as Args, { client: clientFor({ api, key, memberToken, fetch }), signal }),
    });
    this.#loads.push(task as LoadTask<readonly unknown[], unknown>);
    return task;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    this.#context.pass(config);
    this.#localizer = this.#speakable(this.#resolvedLocale());
  }

  // Texts in other languages than English load on demand (i18n/catalog.ts): an update waits for the tables of
  // the widget's language, so that no update renders another language's text; `updateComplete` covers the wait.
  // Before the first one, the data loads start too, so that a Chinese page waits for the slower of the two.
  // A table that cannot be loaded leaves the widget in English (its `lang` says so) until the browser is back online.

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- lit's own signature of scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.#resolvedLocale();
    const table = tableLocale(locale);
    if (table === 'en' || textsReady(table) || textsFailed(table)) {
      if (!this.hasUpdated) this.#showState('loading-texts', false);
      return super.scheduleUpdate();
    }
    if (!this.hasUpdated) {
      this.#localizer = localizerFor(locale);
      for (const task of this.#loads) void task.run();
      // a page that reserves a widget's space while it is `:not(:defined)` can go on with `:state(loading-texts)`
      this.#showState('loading-texts', true);
    }
    return loadTexts(table).then(
      () => this.scheduleUpdate(),
      () => this.scheduleUpdate(),
    );
  }

  #resolvedLocale(): string {
    return resolveLocale(this.config.lang, inheritedLang(this));
  }

  /** The localizer of `locale` when its tables are loaded, else English's. */
  #speakable(locale: string): Localizer {
    return textsReady(tableLocale(locale)) ? localizerFor(locale) : localizerFor('en');
  }

  /**
   * The widget's `ElementInternals`: a subclass uses this, never `attachInternals()`, which may be called only once.
   */
  protected get internals(): ElementInternals {
    return (this.#internals ??= this.attachInternals());
  }

  #showState(state: string, shown: boolean) {
    if (!shown && !this.#internals) return;
    try {
      if (shown) this.internals.states.add(state);
      else this.internals.states.delete(state);
    } catch {
      // a browser without custom states (before 2024): the page cannot tell, and nothing else depends on it
    }
  }

  #retryTexts() {
    retryFailedTexts();
    if (this.#localizer.locale !== this.#resolvedLocale()) this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.locale} data-theme=${this.config.theme ?? 'auto'}>
      ${this.renderContent()}
    </div>`;
  }

  /** The widget's own content, inside the `base` part. */
  protected abstract renderContent(): unknown;
}
