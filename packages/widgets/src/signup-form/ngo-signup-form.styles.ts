import { css } from 'lit';

export const signupFormStyles = css`
  /* a surface of its own: a dark widget on a light page (or the reverse) must still read */
  .base {
    box-sizing: border-box;
    max-width: var(--ngo-signup-form-max-width, 40em);
    padding: var(--ngo-signup-form-padding, var(--_space-l));
    border-radius: var(--_radius);
    background: var(--ngo-signup-form-background, var(--_c-surface));
  }

  form {
    gap: var(--ngo-signup-form-gap, var(--_space-m));
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  .notice {
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_c-border);
    border-inline-start: 0.35em solid var(--_c-primary);
    border-radius: var(--_radius);
    background: var(--_c-surface-muted);
    margin-bottom: var(--_space-m);
  }

  .notice p {
    margin: 0;
  }

  .notice p + p {
    margin-top: var(--_space-s);
  }

  .state.error {
    margin-bottom: var(--_space-m);
  }

  .panel {
    margin-bottom: var(--_space-m);
  }

  .code-error {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_c-danger);
    border-radius: var(--_radius);
    color: var(--_c-danger);
    font-weight: 600;
  }

  a {
    color: var(--_c-primary);
  }

  .have-code {
    margin: var(--_space-m) 0 0;
  }

  /* a button that reads as a link: it opens a part of the widget, it goes nowhere */
  .link {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_c-primary);
    text-decoration: underline;
    cursor: pointer;
  }
`;
