import { css } from 'lit';

export const surveyStyles = css`
  .survey-box {
    --_gap: var(--ngo-survey-gap, var(--_space-l));
    --_choice: var(--ngo-survey-choice-size, 2.75em);
    --_reserve: var(--ngo-survey-min-height, 22em);
    --_skeleton-row: calc((var(--_reserve) - 2 * var(--_gap)) / 3);
  }

  :host([paging='one']) .survey-box {
    --_reserve: var(--ngo-survey-min-height, 16em);
    --_skeleton-row: calc((var(--_reserve) - var(--_gap)) / 2);
  }

  /* a card of its own: the survey reads the same on any page, in either theme */
  .survey {
    box-sizing: border-box;
    min-height: var(--_reserve);
    display: grid;
    gap: var(--_space-m);
    align-content: start;
    padding: var(--_space-l);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--ngo-survey-background, var(--_c-surface));
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_c-heading);
  }

  .description {
    margin: 0;
  }

  /* the quieter words: description, numbers, progress, counters, the ends of a scale */
  .description,
  .number,
  .required,
  .progress,
  .counter,
  .chosen,
  .ends {
    color: var(--_c-text-muted);
  }

  .progress,
  .counter,
  .chosen,
  .ends {
    font-size: 0.875em;
  }

  .progress {
    display: grid;
    gap: var(--_space-xs);
  }

  .progress label {
    font-weight: normal;
  }

  progress {
    appearance: none;
    width: 100%;
    height: 0.5em;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-muted);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_c-surface-muted);
  }

  progress::-webkit-progress-value {
    background: var(--_c-primary);
  }

  progress::-moz-progress-bar {
    background: var(--_c-primary);
  }

  form {
    gap: var(--_gap);
  }

  .question {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
    min-width: 0;
    margin: 0;
    padding: var(--_space-m) var(--_space-l);
    display: grid;
    gap: var(--_space-s);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
  }

  /* a thick bar as well as the colour: the question that needs attention stands out without colour */
  .question[data-invalid] {
    border-color: var(--_c-danger);
    border-inline-start-width: 0.375em;
  }

  .prompt {
    font-weight: 600;
    color: var(--_c-heading);
  }

  /* a floated legend is laid out in the fieldset's grid, like any child */
  fieldset.question > .prompt,
  .statement-label {
    float: left;
    width: 100%;
  }

  .required {
    display: inline-block;
    margin-inline-start: var(--_space-xs);
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: normal;
  }

  .counter,
  .chosen {
    margin: 0;
  }

  .chosen {
    min-height: 1.5em;
    font-weight: 600;
  }

  .scale {
    display: grid;
    gap: var(--_space-xs);
    grid-template-columns: repeat(var(--_columns, 5), minmax(0, 1fr));
  }

  .scale.nps {
    --_columns: 11;
  }

  .scale.csat {
    grid-template-columns: repeat(5, minmax(var(--_choice), 4.5em));
  }

  /* the viewport, not a container query: a size container costs every mount a second style pass */
  @media (max-width: 30em) {
    .scale.nps {
      --_columns: 6;
    }

    .scale.likert {
      --_columns: 1;
    }
  }

  .choice {
    position: relative;
    display: flex;
    align-items: start;
    font-weight: normal;
  }

  /* the native radio stays for the keyboard and assistive technology; its box is drawn by the span */
  .choice input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .box {
    box-sizing: border-box;
    flex: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_choice);
    min-width: 0;
    padding: var(--_space-xs);
    text-align: center;
    line-height: 1.2;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    cursor: pointer;
  }

  .choice:hover .box {
    border-color: var(--_c-primary);
  }

  .choice input:focus-visible + .box {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  /* chosen: filled, bold and underlined, so that it differs in shape and weight, not only in colour */
  .choice input:checked + .box {
    background: var(--_c-primary);
    border-color: var(--_c-primary);
    color: var(--_c-on-primary);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .csat .box,
  .csat .choice input:checked + .box {
    padding: 0;
    border: none;
    background: none;
    color: var(--ngo-survey-star-color, var(--_c-primary));
  }

  .csat svg {
    width: 2.25em;
    height: 2.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .csat .eye {
    fill: currentColor;
    stroke: none;
  }

  .box[data-lit] .star path {
    fill: currentColor;
  }

  /* a chosen face gets a heavier line and a ring */
  .faces .box[data-lit] svg {
    stroke-width: 2.5;
    border-radius: 50%;
    box-shadow: 0 0 0 3px currentColor;
  }

  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-m);
  }

  .csat + .ends {
    max-width: calc(5 * 4.5em + 4 * var(--_space-xs));
  }

  .ends span:last-child {
    text-align: end;
  }

  .statement {
    margin: 0;
    padding: 0;
    border: none;
    display: grid;
    gap: var(--_space-xs);
  }

  .statement + .statement {
    margin-top: var(--_space-s);
  }

  /* a row left unanswered: a bar and a mark, not only a colour */
  .statement[aria-invalid='true'] {
    box-shadow: none;
    border-inline-start: 0.25em solid var(--_c-danger);
    padding-inline-start: var(--_space-s);
  }

  .statement[aria-invalid='true'] .statement-label::after {
    content: ' !';
    font-weight: 700;
    color: var(--_c-danger);
  }

  .options {
    display: grid;
    gap: var(--_space-xs);
  }

  .option {
    display: flex;
    gap: var(--_space-s);
    align-items: start;
    font-weight: normal;
    cursor: pointer;
  }

  .option input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_c-primary);
  }

  textarea {
    resize: vertical;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: flex-end;
  }

  .outcome:focus {
    outline: none;
  }

  .outcome:focus-visible > * {
    outline: var(--_focus-ring);
  }
`;
