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
 * The texts every widget shows (a form's are `FormMessages`, in shared/form/messages.ts).
 * A table that misses a key does not compile, and the message tests fail.
 * `{name}` marks a value filled in when the text is shown; every translation
 * of a text has the same placeholders.
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
  dialog: {
    close: string;
  };
}
