/**
 * The interests the form offers unless the page names its own (`interests`
 * attribute), each with a name in every language of the widget's catalog.
 * The API takes any short text; these are the keys the mock server's
 * members have, so that demo data and new signups speak alike.
 */
export const SIGNUP_INTERESTS = [
  'environment',
  'education',
  'elderly-care',
  'fundraising',
  'events',
  'youth',
  'sports',
  'crafts',
  'translation',
  'photography',
  'cooking',
  'digital-skills',
] as const;

export type SignupInterest = (typeof SIGNUP_INTERESTS)[number];

export function isSignupInterest(value: string): value is SignupInterest {
  return (SIGNUP_INTERESTS as readonly string[]).includes(value);
}
