import type { SurveyResults } from '@ngo-kit/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expectAccessible } from '../test-support/a11y.js';
import { reportedCspViolations, seenCspViolations } from '../test-support/csp.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { openPage, reloadPage } from '../test-support/frame.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi, type MockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../provider.js';
import { clientFor } from '../shared/clients.js';
import { KeptWriteController } from '../shared/form/kept-write-controller.js';
import '../satisfaction-survey.js';
import { surveyMessages } from './messages.js';
import type { NgoSatisfactionSurvey, NgoSurveySubmittedEvent } from './ngo-satisfaction-survey.js';
import { SurveyStorage } from './survey-storage.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
/** The seed's surveys: June's (closed) and November's (open at the demo clock's moment). */
const JUNE = 'svy_000001';
const NOVEMBER = 'svy_000002';

/** November's questions, by their place in the survey. */
const Q = { recommend: 0, overall: 1, events: 2, statements: 3, channel: 4, moreOf: 5, comment: 6, nextYear: 7 } as const;

interface Options {
  surveyId?: string;
  paging?: 'one' | 'all';
  lang?: string;
  theme?: 'light' | 'dark';
  memberToken?: string;
  csatStyle?: 'stars' | 'faces';
}

/** A day as the widget says it: day and month, with the year only when it is not this year's. */
function dayOf(iso: string, locale: string): string {
  const date = new Date(iso);
  const year = date.getFullYear() === new Date().getFullYear() ? undefined : 'numeric';
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year });
}

async function mountSurvey(api: string, options: Options = {}): Promise<NgoSatisfactionSurvey> {
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'}>
    <ngo-satisfaction-survey
      api=${api}
      key=${KEY}
      survey-id=${ifDefined(options.surveyId)}
      paging=${options.paging ?? 'all'}
      theme=${ifDefined(options.theme)}
      member-token=${ifDefined(options.memberToken)}
      csat-style=${ifDefined(options.csatStyle)}
    ></ngo-satisfaction-survey>
  </div>`);
  const survey = wrapper.querySelector('ngo-satisfaction-survey')!;
  await settled(survey);
  return survey;
}

/** Waits until the survey has left its loading state. */
async function settled(survey: NgoSatisfactionSurvey): Promise<void> {
  await waitUntil(() => survey.shadowRoot && !survey.shadowRoot.querySelector('[part~="skeleton"]'), 'still loading');
  await survey.updateComplete;
}

function parts(survey: NgoSatisfactionSurvey, name: string): HTMLElement[] {
  return [...survey.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function question(survey: NgoSatisfactionSurvey, index: number): HTMLElement {
  const found = survey.shadowRoot!.querySelector<HTMLElement>(`#q${index}`);
  expect(found, `question ${index + 1}`).to.exist;
  return found!.closest('[part~="question"]')!;
}

function controls(survey: NgoSatisfactionSurvey, index: number): HTMLInputElement[] {
  return [...survey.shadowRoot!.querySelectorAll<HTMLInputElement>(`#q${index} :is(input, textarea)`)];
}

/** The Likert statement of a control, from its row. */
function statementOf(control: HTMLInputElement): string | undefined {
  return control.closest<HTMLElement>('[data-s]')?.dataset['s'];
}

/** The message next to a question, found the way assistive technology finds it: through `aria-describedby`. */
function errorOf(survey: NgoSatisfactionSurvey, index: number): string | undefined {
  const root = survey.shadowRoot!;
  const described = [question(survey, index), ...controls(survey, index)].flatMap((element) =>
    (element.getAttribute('aria-describedby') ?? '').split(' '),
  );
  const id = described.find((candidate) => candidate.endsWith('-error'));
  return id ? root.getElementById(id)?.textContent?.replace('!', '').trim() : undefined;
}

function said(survey: NgoSatisfactionSurvey): string {
  return survey.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function statusText(survey: NgoSatisfactionSurvey): string {
  return parts(survey, 'status')[0]?.textContent?.trim() ?? '';
}

/** Chooses like a click: NPS/CSAT/single choice by value, Likert by statement id, multiple choice toggles. */
async function choose(survey: NgoSatisfactionSurvey, index: number, value: string | number, statement?: string) {
  const control = controls(survey, index).find(
    (candidate) => candidate.value === String(value) && (statement === undefined || statementOf(candidate) === statement),
  );
  expect(control, `question ${index + 1}, choice ${value}`).to.exist;
  control!.click();
  await survey.updateComplete;
}

async function write(survey: NgoSatisfactionSurvey, index: number, text: string) {
  const [box] = controls(survey, index) as unknown as HTMLTextAreaElement[];
  box!.value = text;
  box!.dispatchEvent(new Event('input', { bubbles: true }));
  await survey.updateComplete;
}

async function answerRequired(survey: NgoSatisfactionSurvey) {
  await choose(survey, Q.recommend, 9);
  await choose(survey, Q.overall, 4);
  await choose(survey, Q.statements, 4, 'informed');
  await choose(survey, Q.statements, 5, 'welcome');
  await choose(survey, Q.statements, 3, 'heard');
  await choose(survey, Q.channel, 'website');
}

function checkedValues(survey: NgoSatisfactionSurvey, index: number): string[] {
  return controls(survey, index)
    .filter((control) => control.checked)
    .map((control) => (statementOf(control) ? `${statementOf(control)}=${control.value}` : control.value));
}

async function submit(survey: NgoSatisfactionSurvey) {
  parts(survey, 'submit')[0]!.click();
  await survey.updateComplete;
}

/** The staff results of a survey, read with the demo's secret key as a staff tool would. */
async function results(api: MockApi, surveyId: string): Promise<SurveyResults> {
  const answer = await fetch(`${api.baseUrl}v1/surveys/${surveyId}/results`, { headers: { authorization: 'Bearer sk_test' } });
  expect(answer.status).to.equal(200);
  return (await answer.json()) as SurveyResults;
}

function tally(results: SurveyResults, questionId: string) {
  const found = results.questions.find((candidate) => candidate.questionId === questionId);
  expect(found, questionId).to.exist;
  return found!;
}

/** What changed in each count between two tallies: exactly what one response added. */
function added(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.keys(after)
      .map((key) => [key, (after[key] ?? 0) - (before[key] ?? 0)] as const)
      .filter(([, change]) => change !== 0),
  );
}

/** A survey answered and sent while its `fetch` fails: in the offline state; `goOnline` gives it the network back. */
async function submitOffline() {
  const api = await startMockApi();
  const before = await results(api, NOVEMBER);
  let online = true;
  const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
  const provider = await mount<HTMLElement>(html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}>
    <ngo-satisfaction-survey lang="en"></ngo-satisfaction-survey>
  </ngo-provider>`);
  const survey = provider.querySelector('ngo-satisfaction-survey')!;
  let count = 0;
  survey.addEventListener('ngo-survey-submitted', () => (count += 1));
  await settled(survey);
  await answerRequired(survey);
  online = false;
  await submit(survey);
  await waitUntil(() => parts(survey, 'status-offline').length === 1, 'no offline state');
  return { api, before, survey, goOnline: () => (online = true), submitted: () => count };
}

describe('<ngo-satisfaction-survey>', function () {
  it('shows the survey open now when it has no survey-id, with every question type', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl);
    expect(parts(survey, 'title')[0]!.textContent).to.equal('How are we doing? Satisfaction survey, second half of 2026');
    expect(parts(survey, 'question')).to.have.length(8);
    expect(parts(survey, 'progress')[0]!.textContent!.trim()).to.equal('0 of 8 questions answered');

    const nps = question(survey, Q.recommend);
    expect(nps.getAttribute('role')).to.equal('radiogroup');
    expect(nps.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '1. How likely are you to recommend us to a friend or neighbour? required',
    );
    expect(controls(survey, Q.recommend).map((control) => control.value)).to.deep.equal(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    const labelOf = (control: HTMLInputElement) => control.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(controls(survey, Q.recommend).map(labelOf)).to.deep.equal(
      ['0, Not at all likely', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10, Extremely likely'],
    );
    expect([...nps.querySelectorAll('.ends span')].map((end) => end.textContent)).to.deep.equal(['Not at all likely', 'Extremely likely']);

    const csatNames = controls(survey, Q.overall).map((control) => control.closest('label')!.textContent!.trim());
    expect(csatNames).to.deep.equal(['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied']);

    const rows = question(survey, Q.statements).querySelectorAll('fieldset[role="radiogroup"]');
    expect([...rows].map((row) => row.querySelector('legend')!.textContent)).to.deep.equal([
      'I know what is going on in the organisation.',
      'I feel welcome at events.',
      'My ideas and suggestions are heard.',
    ]);
    expect(rows[0]!.querySelectorAll('input[type="radio"]')).to.have.length(5);

    expect(controls(survey, Q.channel).map((control) => control.type)).to.deep.equal(Array(5).fill('radio'));
    expect(controls(survey, Q.moreOf).map((control) => control.type)).to.deep.equal(Array(6).fill('checkbox'));
    expect(question(survey, Q.moreOf).querySelector('[part~="hint"]')!.textContent).to.equal('Choose up to 3 options.');
    expect(controls(survey, Q.comment)[0]!.localName).to.equal('textarea');
    expect(question(survey, Q.comment).querySelector('[part~="counter"]')!.textContent).to.equal('0 of 2,000 characters');

    await expectAccessible(survey, 'answering, every question type');
  });

  it('shows the survey it is given, and says when it closed', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { surveyId: JUNE });
    expect(parts(survey, 'question')).to.have.length(0);
    expect(statusText(survey)).to.equal(`This survey closed on ${dayOf('2026-06-30T23:59:00+02:00', 'en')}. Thank you for your interest.`);
    expect(said(survey)).to.equal(statusText(survey));
    await expectAccessible(survey, 'closed');
  });

  it('says when the survey cannot be found, and when none is open', async () => {
    const api = await startMockApi();
    const missing = await mountSurvey(api.baseUrl, { surveyId: 'svy_nothing' });
    expect(statusText(missing)).to.equal('This survey could not be found. It may have been removed.');
    await expectAccessible(missing, 'not found');

    const empty = await startMockApi({ seed: 'empty' });
    const none = await mountSurvey(empty.baseUrl, { lang: 'zh-CN' });
    expect(statusText(none)).to.equal('目前没有进行中的问卷，感谢您的关注！');
    await expectAccessible(none, 'none open');
  });

  it('reserves its space while loading', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const wrapper = await mount<HTMLDivElement>(
      html`<div><ngo-satisfaction-survey api=${api.baseUrl} key=${KEY} lang="en"></ngo-satisfaction-survey></div>`,
    );
    const survey = wrapper.querySelector('ngo-satisfaction-survey')!;
    expect(survey.shadowRoot!.querySelector('[part~="skeleton"][aria-busy="true"]'), 'a busy placeholder').to.exist;
    const loadingHeight = survey.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(300);
    expect(said(survey)).to.equal('Loading the survey…');
    await expectAccessible(survey, 'loading');
    await settled(survey);
    expect(survey.getBoundingClientRect().height).to.be.at.least(loadingHeight - 1);
  });

  it('shows the error when the server fails, and its retry works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const survey = await mountSurvey(api.baseUrl);
    expect(parts(survey, 'status-error')[0]!.getAttribute('role')).to.equal('alert');
    expect(statusText(survey)).to.include('could not be loaded');
    await expectAccessible(survey, 'error');
    await api.setFaults({ failRate: 0 });
    parts(survey, 'retry')[0]!.click();
    await waitUntil(() => parts(survey, 'question').length === 8, 'no survey after retry');
  });

  it('loads by itself when the browser comes back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const provider = await mount<HTMLElement>(html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}>
      <ngo-satisfaction-survey lang="en"></ngo-satisfaction-survey>
    </ngo-provider>`);
    const survey = provider.querySelector('ngo-satisfaction-survey')!;
    await waitUntil(() => parts(survey, 'status-error').length > 0, 'no offline error');
    expect(statusText(survey)).to.match(/could not reach the service/);
    await expectAccessible(survey, 'offline while loading');
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(survey, 'question').length === 8, 'not loaded when back online');
  });
});

describe('<ngo-satisfaction-survey> rating groups', function () {
  it('move and choose with the arrow keys in NPS, CSAT and Likert groups, like native radio groups', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl);

    controls(survey, Q.recommend)[0]!.focus();
    await press('ArrowRight');
    await press('ArrowRight');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.recommend)).to.deep.equal(['2']);
    expect(deepActiveElement()).to.equal(controls(survey, Q.recommend)[2]);
    await press('ArrowLeft');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.recommend)).to.deep.equal(['1']);

    // Tab leaves the group for the next one: one stop per group
    await press('Tab');
    expect(deepActiveElement()).to.equal(controls(survey, Q.overall)[0]);
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.overall)).to.deep.equal(['4']);
    // the stars up to the chosen one are filled: a change of shape, and the chosen point in words
    const lit = [...question(survey, Q.overall).querySelectorAll('.box')].map((box) => box.hasAttribute('data-lit'));
    expect(lit).to.deep.equal([true, true, true, true, false]);
    expect(question(survey, Q.overall).querySelector('[part~="chosen"]')!.textContent).to.equal('Satisfied');
    await press('ArrowLeft');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.overall)).to.deep.equal(['3']);

    const welcome = controls(survey, Q.statements).filter((control) => statementOf(control) === 'welcome');
    welcome[0]!.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.statements)).to.deep.equal(['welcome=3']);
    await press('ArrowUp');
    await survey.updateComplete;
    expect(checkedValues(survey, Q.statements)).to.deep.equal(['welcome=2']);
    expect(parts(survey, 'progress')[0]!.textContent!.trim()).to.equal('3 of 8 questions answered');
  });

  it('marks the chosen box by more than colour', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl);
    await choose(survey, Q.recommend, 7);
    const boxes = [...question(survey, Q.recommend).querySelectorAll('.box')].map((box) => getComputedStyle(box));
    const [chosen, other] = [boxes[7]!, boxes[6]!];
    expect(chosen.fontWeight).to.equal('700');
    expect(other.fontWeight).to.equal('400');
    expect(chosen.textDecorationLine).to.equal('underline');
    expect(other.textDecorationLine).to.equal('none');
  });

  it('shows faces when asked, each named for screen readers', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { csatStyle: 'faces' });
    const overall = question(survey, Q.overall);
    expect(overall.querySelectorAll('svg.face')).to.have.length(5);
    expect(overall.querySelectorAll('svg.star')).to.have.length(0);
    await choose(survey, Q.overall, 5);
    expect([...overall.querySelectorAll('.box')].map((box) => box.hasAttribute('data-lit'))).to.deep.equal([false, false, false, false, true]);
    expect(overall.querySelector('[part~="chosen"]')!.textContent).to.equal('Very satisfied');
    await expectAccessible(survey, 'faces');
  });
});

describe('<ngo-satisfaction-survey> validation', function () {
  it('puts a message next to each required question left unanswered, announces it, and focuses the first', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl);
    await submit(survey);
    await waitUntil(() => errorOf(survey, Q.recommend), 'no message next to the first question');
    expect(errorOf(survey, Q.recommend)).to.equal('Please answer this question.');
    expect(errorOf(survey, Q.overall)).to.equal('Please answer this question.');
    expect(errorOf(survey, Q.statements)).to.equal('Please answer for every statement.');
    expect(errorOf(survey, Q.channel)).to.equal('Please answer this question.');
    for (const optional of [Q.events, Q.moreOf, Q.comment, Q.nextYear]) expect(errorOf(survey, optional)).to.equal(undefined);
    expect(question(survey, Q.recommend).getAttribute('aria-invalid')).to.equal('true');
    expect(said(survey)).to.equal('4 questions need your attention.');
    expect(deepActiveElement()).to.equal(controls(survey, Q.recommend)[0]);
    await expectAccessible(survey, 'required questions unanswered');

    await choose(survey, Q.recommend, 10);
    expect(errorOf(survey, Q.recommend)).to.equal(undefined);
    expect(question(survey, Q.recommend).hasAttribute('aria-invalid')).to.equal(false);
    expect(said(survey)).to.equal('3 questions need your attention.');
  });

  it('checks every question type’s bad input: a half-rated grid, too many choices, too long a text', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl);
    await choose(survey, Q.recommend, 6);
    await choose(survey, Q.overall, 2);
    await choose(survey, Q.statements, 4, 'informed');
    await choose(survey, Q.channel, 'friends');
    for (const option of ['outdoor', 'online', 'social', 'culture']) await choose(survey, Q.moreOf, option);
    await write(survey, Q.comment, 'x'.repeat(2_001));
    expect(question(survey, Q.comment).querySelector('[part~="counter"]')!.textContent).to.equal('2,001 of 2,000 characters');
    await submit(survey);

    expect(errorOf(survey, Q.statements)).to.equal('Please answer for every statement.');
    const rows = [...question(survey, Q.statements).querySelectorAll('fieldset')].map((row) => row.getAttribute('aria-invalid'));
    expect(rows, 'the rows left unanswered are marked').to.deep.equal([null, 'true', 'true']);
    expect(errorOf(survey, Q.moreOf)).to.equal('Choose at most 3 options.');
    expect(controls(survey, Q.moreOf).every((box) => box.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(errorOf(survey, Q.comment)).to.equal('Use at most 2,000 characters.');
    expect(controls(survey, Q.comment)[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(said(survey)).to.equal('3 questions need your attention.');
    expect(deepActiveElement(), 'focus on the first unanswered row').to.equal(
      controls(survey, Q.statements).find((control) => statementOf(control) === 'welcome'),
    );
    await expectAccessible(survey, 'bad answers');

    await choose(survey, Q.moreOf, 'culture');
    expect(errorOf(survey, Q.moreOf)).to.equal(undefined);
    await write(survey, Q.comment, 'Shorter.');
    expect(errorOf(survey, Q.comment)).to.equal(undefined);
    expect(said(survey)).to.equal('1 question needs your attention.');
  });

  it('says it in the widget’s language', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { lang: 'zh-TW' });
    for (const option of ['outdoor', 'online', 'social', 'culture']) await choose(survey, Q.moreOf, option);
    await submit(survey);
    expect(errorOf(survey, Q.recommend)).to.equal('請回答此題。');
    expect(errorOf(survey, Q.statements)).to.equal('請對每一項陳述作出選擇。');
    expect(errorOf(survey, Q.moreOf)).to.equal('最多只能選 3 項。');
    expect(said(survey)).to.equal('有 5 題需要您留意。');
    expect(parts(survey, 'submit')[0]!.textContent!.trim()).to.equal('送出問卷');
    await expectAccessible(survey, 'errors, zh-TW');
  });
});

describe('<ngo-satisfaction-survey> paging', function () {
  it('shows one question per page with Back and Next, checks each page, and moves focus to the new question', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { paging: 'one' });
    const progress = () => parts(survey, 'progress')[0]!;
    expect(parts(survey, 'question')).to.have.length(1);
    expect(progress().textContent!.trim()).to.equal('Question 1 of 8');
    const bar = progress().querySelector('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([1, 8]);
    expect(bar.labels[0]!.textContent).to.equal('Question 1 of 8');
    expect(parts(survey, 'back')).to.have.length(0);
    expect(parts(survey, 'submit')).to.have.length(0);

    parts(survey, 'next')[0]!.click();
    await survey.updateComplete;
    expect(progress().textContent!.trim()).to.equal('Question 1 of 8');
    expect(errorOf(survey, Q.recommend)).to.equal('Please answer this question.');
    expect(said(survey)).to.equal('1 question needs your attention.');

    controls(survey, Q.recommend)[0]!.focus();
    await press('ArrowRight');
    await press('Enter');
    await waitUntil(() => progress().textContent!.trim() === 'Question 2 of 8', 'Enter did not turn the page');
    expect(said(survey)).to.equal('Question 2 of 8');
    expect(deepActiveElement()).to.equal(controls(survey, Q.overall)[0]);
    expect(progress().querySelector('progress')!.value).to.equal(2);
    await expectAccessible(survey, 'one per page');

    parts(survey, 'back')[0]!.click();
    await survey.updateComplete;
    expect(progress().textContent!.trim()).to.equal('Question 1 of 8');
    expect(checkedValues(survey, Q.recommend), 'the answer is kept').to.deep.equal(['1']);
    expect(deepActiveElement()).to.equal(controls(survey, Q.recommend)[1]);
  });

  it('on the last page checks every page, and turns back to the first that needs an answer', async () => {
    const api = await startMockApi();
    // a draft kept on the last page, with required questions unanswered (the survey changed since, say)
    const draft = { answers: { recommend: { type: 'nps', value: 8 } }, page: 7 };
    sessionStorage.setItem(`ngo-kit:survey-draft:${api.baseUrl}:${NOVEMBER}`, JSON.stringify(draft));
    const survey = await mountSurvey(api.baseUrl, { paging: 'one' });
    expect(parts(survey, 'progress')[0]!.textContent!.trim()).to.equal('Question 8 of 8');
    await submit(survey);
    await waitUntil(() => parts(survey, 'progress')[0]!.textContent!.trim() === 'Question 2 of 8', 'did not turn back');
    expect(errorOf(survey, Q.overall)).to.equal('Please answer this question.');
    expect(said(survey)).to.equal('3 questions need your attention.');
    expect(deepActiveElement()).to.equal(controls(survey, Q.overall)[0]);
  });

  it('shows every question at once with paging="all", and counts the answered ones', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { paging: 'all' });
    expect(parts(survey, 'question')).to.have.length(8);
    expect(parts(survey, 'next')).to.have.length(0);
    await choose(survey, Q.channel, 'newsletter');
    await write(survey, Q.comment, 'More benches.');
    expect(parts(survey, 'progress')[0]!.textContent!.trim()).to.equal('2 of 8 questions answered');
    expect(parts(survey, 'progress')[0]!.querySelector('progress')!.value).to.equal(2);
  });
});

describe('<ngo-satisfaction-survey> sending', function () {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('resumes a survey answered halfway after a reload, on the same page, and the API gets exactly what was chosen', async () => {
    const api = await startMockApi();
    const before = await results(api, NOVEMBER);
    frame = await openPage('survey.html', { api: api.baseUrl, key: KEY, paging: 'one' });
    const inFrame = () => frame!.contentDocument!.querySelector('ngo-satisfaction-survey')!;
    let survey = inFrame();
    const next = async () => {
      parts(survey, 'next')[0]!.click();
      await survey.updateComplete;
    };
    await choose(survey, Q.recommend, 9);
    await next();
    await choose(survey, Q.overall, 4);
    await next();
    await choose(survey, Q.events, 5);
    await next();
    await choose(survey, Q.statements, 4, 'informed');
    expect(parts(survey, 'progress')[0]!.textContent!.trim()).to.equal('Question 4 of 8');

    await reloadPage(frame);
    survey = inFrame();
    expect(parts(survey, 'progress')[0]!.textContent!.trim(), 'the same page after the reload').to.equal('Question 4 of 8');
    expect(checkedValues(survey, Q.statements)).to.deep.equal(['informed=4']);
    await choose(survey, Q.statements, 5, 'welcome');
    await choose(survey, Q.statements, 3, 'heard');
    await next();
    await choose(survey, Q.channel, 'website');
    await next();
    await choose(survey, Q.moreOf, 'workshops');
    await choose(survey, Q.moreOf, 'outdoor');
    await next();
    await write(survey, Q.comment, '  Start the meetings a little later.  ');
    await next();
    parts(survey, 'back')[0]!.click();
    await survey.updateComplete;
    parts(survey, 'back')[0]!.click();
    await survey.updateComplete;
    expect(checkedValues(survey, Q.moreOf), 'earlier answers are still there').to.deep.equal(['outdoor', 'workshops']);
    await next();
    await next();
    await choose(survey, Q.nextYear, 'maybe');
    await submit(survey);
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'no thank-you');
    expect(statusText(survey)).to.equal('Thank you! Your answers have been sent.');
    await expectAccessible(survey, 'thank-you');

    const after = await results(api, NOVEMBER);
    expect(after.responses - before.responses).to.equal(1);
    expect(after.incomplete).to.equal(before.incomplete);
    const change = (id: string) => {
      const [was, is] = [tally(before, id), tally(after, id)];
      if (is.type === 'likert' && was.type === 'likert') {
        return is.statements.map((statement, i) => added(was.statements[i]!.counts, statement.counts));
      }
      if (is.type === 'free_text' && was.type === 'free_text') return is.answers.slice(was.answers.length);
      return added((was as { counts: Record<string, number> }).counts, (is as { counts: Record<string, number> }).counts);
    };
    expect(change('recommend')).to.deep.equal({ 9: 1 });
    expect(change('overall')).to.deep.equal({ 4: 1 });
    expect(change('events')).to.deep.equal({ 5: 1 });
    expect(change('statements')).to.deep.equal([{ 4: 1 }, { 5: 1 }, { 3: 1 }]);
    expect(change('channel')).to.deep.equal({ website: 1 });
    expect(change('more_of')).to.deep.equal({ outdoor: 1, workshops: 1 });
    expect(change('comment')).to.deep.equal(['Start the meetings a little later.']);
    expect(change('next_year')).to.deep.equal({ maybe: 1 });

    // the draft is gone and the answer remembered: a reload says so
    await reloadPage(frame);
    expect(statusText(inFrame())).to.equal(`You already answered this survey on ${dayOf('2026-11-23T09:00:00Z', 'en')}. Thank you!`);
    expect(seenCspViolations(frame)).to.deep.equal([]);
    expect(await reportedCspViolations(frame)).to.equal(0);
  });

  it('refuses a second response kindly: remembered on this browser, and told by the API when forgotten', async () => {
    const api = await startMockApi();
    const sent: NgoSurveySubmittedEvent[] = [];
    const first = await mountSurvey(api.baseUrl);
    first.addEventListener('ngo-survey-submitted', (event) => sent.push(event));
    await answerRequired(first);
    await submit(first);
    await waitUntil(() => parts(first, 'status-success').length === 1, 'not sent');
    expect(sent).to.have.length(1);
    expect(sent[0]!.detail.surveyId).to.equal(NOVEMBER);
    expect(sent[0]!.detail.responseId).to.match(/^rsp_/);
    expect(sent[0]!.bubbles && sent[0]!.composed).to.equal(true);

    // the day the API took it, by the mock's clock (the demo's moment), in the reader's time zone
    const answeredAt = '2026-11-23T09:00:00Z';
    const day = dayOf(answeredAt, 'en');
    const again = await mountSurvey(api.baseUrl);
    expect(parts(again, 'question')).to.have.length(0);
    expect(statusText(again)).to.equal(`You already answered this survey on ${day}. Thank you!`);
    expect(said(again)).to.equal(statusText(again));
    await expectAccessible(again, 'already answered');
    const chinese = await mountSurvey(api.baseUrl, { lang: 'zh-CN' });
    expect(statusText(chinese)).to.equal(`您已于${dayOf(answeredAt, 'zh-CN')}填写过本问卷，谢谢！`);

    // This browser forgets it answered (another tab, cleared site data), but keeps its respondent token: the API refuses.
    for (const key of Object.keys(localStorage)) if (key.startsWith(`ngo-kit:survey-answered:${api.baseUrl}`)) localStorage.removeItem(key);
    const forgetful = await mountSurvey(api.baseUrl);
    await answerRequired(forgetful);
    await submit(forgetful);
    await waitUntil(() => parts(forgetful, 'status-success').length === 1, 'no kind refusal');
    expect(statusText(forgetful)).to.equal('You have already answered this survey. Thank you!');
    expect(parts(forgetful, 'status-error')).to.have.length(0);
    await expectAccessible(forgetful, 'refused by the API');
    expect((await results(api, NOVEMBER)).responses).to.equal(49);
  });

  it('sends once more with a new key when the API refuses its key while the survey is open, and the response arrives once', async () => {
    const api = await startMockApi();
    const before = await results(api, NOVEMBER);
    let refused = 0;
    // the API applies the response, and then refuses the same key (as it does for a key reused with other bytes)
    const refusingFetch: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method !== 'POST' || refused > 0) return answer;
      refused += 1;
      const problem = { error: { code: 'unprocessable', message: 'This Idempotency-Key was already used for a different request.' } };
      return new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/json' } });
    };
    const provider = await mount<HTMLElement>(html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${refusingFetch}>
      <ngo-satisfaction-survey lang="en"></ngo-satisfaction-survey>
    </ngo-provider>`);
    const survey = provider.querySelector('ngo-satisfaction-survey')!;
    await settled(survey);
    await answerRequired(survey);
    await submit(survey);
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'no outcome');
    expect(refused).to.equal(1);
    expect(statusText(survey)).to.equal('You have already answered this survey. Thank you!');
    expect((await results(api, NOVEMBER)).responses).to.equal(before.responses + 1);
  });

  it('answers under one respondent token for the page’s life even when storage refuses to keep it', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const api = `https://api-${Date.now()}.example/`;
      const token = new SurveyStorage(api, NOVEMBER, undefined).respondentToken;
      expect(token).to.match(/^[0-9a-f-]{36}$/);
      expect(new SurveyStorage(api, NOVEMBER, undefined).respondentToken).to.equal(token);
      expect(new SurveyStorage(`${api}other/`, NOVEMBER, undefined).respondentToken).not.to.equal(token);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('lets a signed-in member answer once, whatever the browser', async () => {
    const api = await startMockApi();
    const member = await mountSurvey(api.baseUrl, { memberToken: 'mt_demo_member' });
    await answerRequired(member);
    await submit(member);
    await waitUntil(() => parts(member, 'status-success').length === 1, 'not sent');
    // a browser of its own: nothing of this one's storage
    for (const key of Object.keys(localStorage)) if (key.includes(api.baseUrl)) localStorage.removeItem(key);
    const elsewhere = await mountSurvey(api.baseUrl, { memberToken: 'mt_demo_member' });
    await answerRequired(elsewhere);
    await submit(elsewhere);
    await waitUntil(() => parts(elsewhere, 'status-success').length === 1, 'no kind refusal');
    expect(statusText(elsewhere)).to.equal('You have already answered this survey. Thank you!');
    const anonymous = await mountSurvey(api.baseUrl);
    expect(parts(anonymous, 'question'), 'another person on this browser may still answer').to.have.length(8);
  });

  it('keeps a submission made offline and sends it once when the browser is back online', async () => {
    const { api, before, survey, goOnline } = await submitOffline();
    expect(statusText(survey)).to.include('kept on this device');
    expect(said(survey)).to.include('kept on this device');
    const draft = JSON.parse(sessionStorage.getItem(`ngo-kit:survey-draft:${api.baseUrl}:${NOVEMBER}`)!);
    expect(draft.queuedKey).to.match(/^[0-9a-f-]{36}$/);
    expect(draft.answers.recommend).to.deep.equal({ type: 'nps', value: 9 });
    await expectAccessible(survey, 'offline');

    goOnline();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'not sent when back online');
    expect(statusText(survey)).to.equal('Thank you! Your answers have been sent.');
    // the outbox and the widget may both have sent it; the idempotency key made it one response
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await results(api, NOVEMBER)).responses - before.responses).to.equal(1);
  });

  it('tries a kept response again by itself while the browser says it is online, with the same key, and thanks once', async () => {
    const firstWait = KeptWriteController.firstRetryWait;
    KeptWriteController.firstRetryWait = 50;
    try {
      // the server out of reach while the browser stays online: no `online` event will come
      const { api, before, survey, goOnline, submitted } = await submitOffline();
      expect(navigator.onLine, 'the browser is online').to.equal(true);
      goOnline();
      await waitUntil(() => parts(survey, 'status-success').length === 1, 'the survey did not try again by itself');
      expect(statusText(survey)).to.equal('Thank you! Your answers have been sent.');
      expect(submitted()).to.equal(1);
      expect((await results(api, NOVEMBER)).responses - before.responses).to.equal(1);
    } finally {
      KeptWriteController.firstRetryWait = firstWait;
    }
  });

  it('learns when the SDK’s outbox delivers its kept response in the background, and thanks once', async () => {
    const { api, before, survey, goOnline, submitted } = await submitOffline();
    const outbox = clientFor(survey.config).outbox;
    expect(outbox.pending).to.have.length(1);

    // No `online` event, no "Send now": the outbox sends it by itself (here: flushed).
    goOnline();
    expect(await outbox.flush()).to.deep.equal({ sent: 1, failed: 0, pending: 0 });
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'the survey never learned its response was sent');
    expect(statusText(survey)).to.equal('Thank you! Your answers have been sent.');
    expect(submitted()).to.equal(1);
    expect((await results(api, NOVEMBER)).responses - before.responses).to.equal(1);
  });

  it('sends a submission kept offline before a reload with the key it had, once', async () => {
    const api = await startMockApi();
    const before = await results(api, NOVEMBER);
    const answers = {
      recommend: { type: 'nps', value: 10 },
      overall: { type: 'csat', value: 5 },
      statements: { type: 'likert', value: { informed: 5, welcome: 5, heard: 4 } },
      channel: { type: 'single_choice', value: 'friends' },
    };
    sessionStorage.setItem(
      `ngo-kit:survey-draft:${api.baseUrl}:${NOVEMBER}`,
      JSON.stringify({ answers, page: 7, queuedKey: 'kept-survey-key-0001' }),
    );
    const keys: (string | null)[] = [];
    const watchingFetch: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') keys.push(request.headers.get('idempotency-key'));
      return fetch(request);
    };
    const provider = await mount<HTMLElement>(html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${watchingFetch}>
      <ngo-satisfaction-survey lang="en"></ngo-satisfaction-survey>
    </ngo-provider>`);
    const survey = provider.querySelector('ngo-satisfaction-survey')!;
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'the kept submission was not sent');
    expect(keys).to.deep.equal(['kept-survey-key-0001']);
    const after = await results(api, NOVEMBER);
    expect(after.responses - before.responses).to.equal(1);
    expect(added((tally(before, 'channel') as { counts: Record<string, number> }).counts, (tally(after, 'channel') as { counts: Record<string, number> }).counts)).to.deep.equal({ friends: 1 });
  });
});

describe('<ngo-satisfaction-survey> on the platform', function () {
  for (const lang of ['en', 'zh-CN', 'zh-TW']) {
    it(`is accessible in ${lang}, in both themes, answering and with a problem`, async () => {
      const api = await startMockApi();
      for (const theme of ['light', 'dark'] as const) {
        const survey = await mountSurvey(api.baseUrl, { lang, theme, paging: 'one' });
        await expectAccessible(survey, `answering, ${lang}, ${theme}`);
        parts(survey, 'next')[0]!.click();
        await survey.updateComplete;
        await expectAccessible(survey, `with a problem, ${lang}, ${theme}`);
      }
    });
  }

  it('thanks in the widget’s language and theme', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { lang: 'zh-CN', theme: 'dark' });
    await answerRequired(survey);
    await submit(survey);
    await waitUntil(() => parts(survey, 'status-success').length === 1, 'not sent');
    expect(statusText(survey)).to.equal('谢谢您！您的回答已提交。');
    await expectAccessible(survey, 'thanked, zh-CN, dark');
  });

  it('looks and works the same on a hostile page', async () => {
    const api = await startMockApi();
    const survey = await mountSurvey(api.baseUrl, { paging: 'one' });
    const look = () => ['survey', 'question', 'next'].map((name) => {
      const style = getComputedStyle(parts(survey, name)[0]!);
      return [style.display, style.color, style.fontSize, style.backgroundColor];
    });
    const clean = look();
    const removeHostile = applyHostileStyles();
    try {
      expect(look()).to.deep.equal(clean);
      controls(survey, Q.recommend)[0]!.focus();
      await press('ArrowRight');
      await press('Enter');
      await waitUntil(() => parts(survey, 'progress')[0]!.textContent!.trim() === 'Question 2 of 8', 'no next page on the hostile page');
      await expectAccessible(survey, 'hostile page');
    } finally {
      removeHostile();
    }
  });

  it('follows prefers-color-scheme unless its theme says otherwise', async function () {
    const api = await startMockApi();
    const auto = await mountSurvey(api.baseUrl);
    const light = await mountSurvey(api.baseUrl, { theme: 'light' });
    const surface = (survey: NgoSatisfactionSurvey) => getComputedStyle(parts(survey, 'survey')[0]!).backgroundColor;
    const lightSurface = surface(auto);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(surface(auto)).not.to.equal(lightSurface);
      expect(surface(light)).to.equal(lightSurface);
      await expectAccessible(auto, 'dark scheme');
    } finally {
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
    }
  });
});

describe('<ngo-satisfaction-survey> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(surveyMessages)).to.deep.equal([]);
  });
});
