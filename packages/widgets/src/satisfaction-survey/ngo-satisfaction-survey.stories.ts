import { createMockFetch } from '@ngo-kit/mock-server/browser';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../provider.js';
import '../satisfaction-survey.js';
import type { NgoSatisfactionSurvey } from './ngo-satisfaction-survey.js';

type SurveyArgs = Partial<Pick<NgoSatisfactionSurvey, 'surveyId' | 'paging' | 'csatStyle' | 'memberToken' | 'lang' | 'theme'>>;

/** The seed's surveys: June's closed on 30 June; November's is open at the demo clock's moment. */
const JUNE = 'svy_000001';
const NOVEMBER = 'svy_000002';

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories below fix one of those, or prepare this browser's storage, to show
 * one state. The seed's survey holds every question type.
 */
const meta = {
  title: 'Widgets/Satisfaction survey',
  component: 'ngo-satisfaction-survey',
  args: { paging: 'all', csatStyle: 'stars' },
  argTypes: {
    surveyId: { control: 'select', options: [undefined, NOVEMBER, JUNE, 'svy_missing'] },
    paging: { control: 'inline-radio', options: ['all', 'one'] },
    csatStyle: { control: 'inline-radio', options: ['stars', 'faces'] },
    memberToken: { control: 'select', options: [undefined, 'mt_demo_member', 'mt_demo_member_zh'] },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ surveyId, paging, csatStyle, memberToken, lang, theme }) =>
    html`<ngo-satisfaction-survey
      survey-id=${ifDefined(surveyId)}
      paging=${ifDefined(paging)}
      csat-style=${ifDefined(csatStyle)}
      member-token=${ifDefined(memberToken)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-satisfaction-survey>`,
} satisfies Meta<SurveyArgs>;

export default meta;

type Story = StoryObj<SurveyArgs>;

/** Without `survey-id`: the survey open now, every question at once. */
export const Default: Story = {};

/** One question per page, with Back, Next and "Question 3 of 8". */
export const OneQuestionPerPage: Story = {
  args: { paging: 'one' },
};

/** CSAT questions as faces instead of stars. */
export const Faces: Story = {
  args: { csatStyle: 'faces' },
};

/** The survey's shadow root once its questions are there. */
async function shown(canvas: HTMLElement): Promise<ShadowRoot> {
  const survey = canvas.querySelector('ngo-satisfaction-survey');
  for (let tries = 0; tries < 100 && !survey?.shadowRoot?.querySelector('[part~="submit"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!survey?.shadowRoot) throw new Error('the survey did not show');
  return survey.shadowRoot;
}

/** Answers the seed's required questions and sends. */
async function answerAndSend(canvas: HTMLElement): Promise<void> {
  const root = await shown(canvas);
  const choices = ['#q0 [value="9"]', '#q1 [value="4"]', '#q4 [value="website"]'];
  for (const row of root.querySelectorAll('#q3 .statement')) choices.push(`#q3 [data-s="${(row as HTMLElement).dataset['s']}"] [value="4"]`);
  for (const choice of choices) root.querySelector<HTMLInputElement>(choice)?.click();
  root.querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
}

/** Forgets what this browser kept of the seed's surveys, before the story and after it, so that each story starts afresh. */
function forgetAnswers(): () => void {
  const forget = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ngo-kit:survey-answered:')) localStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('ngo-kit:survey-draft:')) sessionStorage.removeItem(key);
  };
  forget();
  return forget;
}

/** Required questions left unanswered, sent: each has its message next to it, and focus goes to the first. */
export const RequiredQuestions: Story = {
  play: async ({ canvasElement }) => {
    (await shown(canvasElement)).querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
  },
};

/** Answered and sent: the thank-you. (The mock then remembers this browser: sending again is refused kindly.) */
export const ThankYou: Story = {
  beforeEach: forgetAnswers,
  play: ({ canvasElement }) => answerAndSend(canvasElement),
};

/**
 * Sent without a network: the answers are kept on this device with their
 * idempotency key and sent once when the browser is back online. Here the
 * survey loads from the mock, and every write fails as if offline.
 */
export const SentOffline: Story = {
  beforeEach: forgetAnswers,
  render: (args) => {
    const mock = createMockFetch();
    const readsOnly: typeof fetch = (input, init) =>
      new Request(input, init).method === 'GET' ? mock(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    return html`<ngo-provider .fetch=${readsOnly}>${meta.render(args)}</ngo-provider>`;
  },
  play: ({ canvasElement }) => answerAndSend(canvasElement),
};

/** A survey given by id that has closed: it says since when. */
export const Closed: Story = {
  args: { surveyId: JUNE },
};

export const NotFound: Story = {
  args: { surveyId: 'svy_missing' },
};

/** No survey is open: the mock's empty scenario. */
export const NoneOpen: Story = {
  globals: { scenario: 'empty' },
};

/** This browser answered already (remembered in localStorage): it says when, and thanks. */
export const AlreadyAnswered: Story = {
  args: { surveyId: NOVEMBER },
  beforeEach: () => {
    const key = `ngo-kit:survey-answered:https://mock.ngo-kit.invalid:${NOVEMBER}:browser`;
    localStorage.setItem(key, JSON.stringify({ at: '2026-11-03T10:00:00Z' }));
    return () => localStorage.removeItem(key);
  },
};

/** The answer takes two seconds, so the placeholder shows first, in the space the survey will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the error says so, and the survey loads by itself when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
};

/** A signed-in member answers as themselves: once, whatever the browser. */
export const SignedInMember: Story = {
  args: { memberToken: 'mt_demo_member' },
};

export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  args: { paging: 'one', csatStyle: 'faces' },
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
