import type { ErrorKind } from '../shared/error-kind.js';

/**
 * A text that depends on a number: one form per plural category of the
 * language (`Intl.PluralRules`), `other` always. English needs `one` and
 * `other`, Chinese only `other`; the message tests check each table against
 * the categories its language has. `{count}` is replaced by the number,
 * formatted for the language.
 */
export type Plural = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/**
 * Every text a widget shows. A table that misses a key does not compile, and
 * the message tests fail. `{name}` marks a value filled in when the text is
 * shown; every translation of a text has the same placeholders.
 */
export interface Messages {
  /** What every widget shows in its loading, empty, error, offline and success states. */
  states: {
    loading: string;
    retry: string;
    /** Sends a submission kept while offline, now. */
    sendNow: string;
    offline: string;
    /** A submission timed out while the browser is online: kept, and being tried again. */
    slow: string;
    sent: string;
    /** What went wrong, by kind; `rate_limited` has `{when}`, a relative time or `soon`. */
    errors: Record<ErrorKind, string>;
    /** A submission failed on the server (kind `server`); the other kinds use `errors`. */
    notSent: string;
    /** `{when}` of `rate_limited` when the server did not say how long to wait. */
    soon: string;
  };
  /** Forms: messages next to fields, and the summary announced when sending fails. */
  form: {
    required: string;
    tooShort: Plural;
    tooLong: Plural;
    /** `{min}`: the smallest number allowed. */
    tooSmall: string;
    /** `{max}`: the largest number allowed. */
    tooBig: string;
    email: string;
    url: string;
    mustAccept: string;
    choose: string;
    chooseAtLeast: Plural;
    invalid: string;
    /** Announced through the live region when fields need attention. */
    summary: Plural;
    sending: string;
    /** The label of the field that people never see, for bots to fill in. */
    honeypot: string;
  };
  dialog: {
    close: string;
  };
}
