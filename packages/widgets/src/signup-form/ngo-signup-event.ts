import type { Member } from '@ngo-kit/sdk/schemas';

/**
 * Someone signed up: the API took the signup and mailed the confirmation.
 * `detail` is the API's answer, the new member (still `pending`), which
 * carries no secret: the confirmation code travels only by e-mail.
 */
export class NgoSignupEvent extends CustomEvent<Member> {
  static readonly type = 'ngo-signup';

  constructor(member: Member) {
    super(NgoSignupEvent.type, { detail: member, bubbles: true, composed: true });
  }
}

/** The new member confirmed their e-mail address in the form: `detail` is the member, now `active`. */
export class NgoSignupConfirmedEvent extends CustomEvent<Member> {
  static readonly type = 'ngo-signup-confirmed';

  constructor(member: Member) {
    super(NgoSignupConfirmedEvent.type, { detail: member, bubbles: true, composed: true });
  }
}
