import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField } from './fields.js';

/**
 * `value` when it is a web address a link may point to (`https:`, `http:`,
 * or relative to the page), else `undefined`: an attribute such as
 * `privacy-url="javascript:..."` must not become a link.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value, document.baseURI);
    return protocol === 'https:' || protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface ConsentFieldOptions {
  /** The field's name. Default: `consent`, as the SDK's schemas name it. */
  name?: string;
  /** The sentence, with `{policy}` where the policy's name goes, e.g. "I agree to the {policy}." */
  text: string;
  /** The policy's name, e.g. "privacy policy". */
  policy: string;
  /** Where the policy is; without a (safe) address the name is plain text. */
  href?: string | null | undefined;
  /** Opens the policy in a new tab; the link then says so (`newTabText`) to screen readers. */
  newTab?: boolean;
  newTabText: string;
}

/**
 * The required box that consents to a policy, its label naming the policy,
 * as a link when the page gave the policy's address. The link opens in the
 * same tab unless told otherwise (`target="_self"` even on a page whose
 * `<base>` says otherwise): a form's draft is kept, so coming back loses
 * nothing.
 */
export function consentField(form: Parameters<typeof checkboxField>[0], options: ConsentFieldOptions): TemplateResult {
  return checkboxField(form, { name: options.name ?? 'consent', required: true, label: consentLabel(options) });
}

function consentLabel(options: ConsentFieldOptions): TemplateResult {
  const href = safeHref(options.href);
  const [before = '', after = ''] = options.text.split('{policy}');
  if (href === undefined) return html`${before}${options.policy}${after}`;
  return html`${before}<a
      part="policy-link"
      href=${href}
      target=${options.newTab ? '_blank' : '_self'}
      rel=${options.newTab ? 'noopener' : nothing}
      >${options.policy}${options.newTab
        ? html`<span class="visually-hidden"> ${options.newTabText}</span>`
        : nothing}</a
    >${after}`;
}
