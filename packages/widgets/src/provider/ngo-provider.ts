import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { resolveConfig, type NgoKitConfig, type Theme } from '../shared/config.js';
import { ConfigContext } from '../shared/config-context.js';

/**
 * Configures every ngo-kit widget inside it, so a page sets the API address,
 * key, language and theme once for a group of widgets. A widget's own
 * attributes win over its provider's; a provider inside another adds to and
 * overrides the outer one; the page's `configure()` fills in what no provider
 * sets. The provider renders nothing of its own (`display: contents`).
 *
 * @tagname ngo-provider
 * @summary Gives the widgets inside it their API address, key, language and theme.
 *
 * @slot - The widgets, and any other content.
 *
 * @example
 * ```html
 * <ngo-provider api="https://api.example.org" key="pk_live_123" theme="dark">
 *   <ngo-event-list limit="3"></ngo-event-list>
 * </ngo-provider>
 * ```
 */
export class NgoProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    key: { type: String },
    memberToken: { type: String, attribute: 'member-token' },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    fetch: { attribute: false },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Address of the community-ops API for the widgets inside. */
  declare api: string | undefined;
  /** The organisation's publishable key (`pk_...`) for the widgets inside. */
  declare key: string | undefined;
  /** A signed-in member's token (`mt_...`) for the widgets inside that show a member's own data. */
  declare memberToken: string | undefined;
  /** The language of the widgets inside, e.g. `zh-TW`. */
  declare lang: string;
  /** `light`, `dark` or `auto` for the widgets inside. */
  declare theme: Theme | undefined;
  /** Replaces `fetch` for the widgets inside: for demos, Storybook and tests with the mock server in the page. */
  declare fetch: typeof globalThis.fetch | undefined;

  /** The outer provider's configuration, and the one this provider gives the widgets inside. */
  readonly #context = new ConfigContext(this);

  override connectedCallback(): void {
    // Widgets inside may ask before the first update; they get the attributes' values at once.
    this.#publish();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.#publish();
  }

  #publish(): void {
    const own: NgoKitConfig = {
      api: this.api,
      key: this.key,
      memberToken: this.memberToken,
      lang: this.lang,
      theme: this.theme,
      fetch: this.fetch,
    };
    this.#context.pass(resolveConfig(own, this.#context.inherited));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

