// The satisfaction survey's mount time against SurveyJS (survey-core + survey-js-ui), for
// the same surveys of 10 and 50 questions, in headless Chromium: from the data in hand to
// every question laid out. Part of `pnpm bench`; needs the CDN build in packages/widgets/dist/cdn.
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.ts';

const root = new URL('..', import.meta.url).pathname;
/** SurveyJS's browser builds, which its packages' `exports` do not name: the bench's own dev dependencies. */
const modules = join(root, 'bench/node_modules');
const ORIGIN = 'http://bench.localhost';
const cdn = join(root, 'packages/widgets/dist/cdn');

/** Goal of issue 7: the survey mounts in at most a third of SurveyJS's time. */
export const SURVEY_MOUNT_GOAL = 1 / 3;

const FILES = {
  '/survey-core.js': { path: join(modules, 'survey-core/survey.core.min.js'), type: 'text/javascript' },
  '/survey-js-ui.js': { path: join(modules, 'survey-js-ui/survey-js-ui.min.js'), type: 'text/javascript' },
  '/survey-core.css': { path: join(modules, 'survey-core/survey-core.min.css'), type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/survey-core.css" />
    <script src="/survey-core.js"></script>
    <script src="/survey-js-ui.js"></script>
    <script type="module" src="/cdn/satisfaction-survey.min.js"></script>
  </head>
  <body><main id="root"></main></body>
</html>`;

const OPTIONS = ['Newsletter', 'Website', 'Friends', 'WeChat', 'Other social media', 'Posters'];
const SCALE = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];
const STATEMENTS = ['I know what is going on.', 'I feel welcome at events.', 'My ideas are heard.'];

/** The same survey for both: a mix of every question type, `count` questions long. */
export function benchSurveys(count) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < count; i++) {
    const id = `q${i}`;
    const prompt = `Question ${i + 1}: how do you find this part of our work?`;
    const options = OPTIONS.map((label, n) => ({ id: `o${n}`, label }));
    switch (i % 6) {
      case 0:
        ours.push({ id, prompt, required: true, type: 'nps', lowLabel: 'Not at all likely', highLabel: 'Extremely likely' });
        theirs.push({ name: id, title: prompt, isRequired: true, type: 'rating', rateMin: 0, rateMax: 10,
          minRateDescription: 'Not at all likely', maxRateDescription: 'Extremely likely' });
        break;
      case 1:
        ours.push({ id, prompt, required: true, type: 'csat' });
        theirs.push({ name: id, title: prompt, isRequired: true, type: 'rating', rateType: 'stars', rateCount: 5 });
        break;
      case 2:
        ours.push({ id, prompt, required: true, type: 'likert', scale: SCALE,
          statements: STATEMENTS.map((label, n) => ({ id: `s${n}`, label })) });
        theirs.push({ name: id, title: prompt, isRequired: true, type: 'matrix', columns: SCALE.map((text, n) => ({ value: n + 1, text })),
          rows: STATEMENTS.map((text, n) => ({ value: `s${n}`, text })) });
        break;
      case 3:
        ours.push({ id, prompt, required: false, type: 'single_choice', options });
        theirs.push({ name: id, title: prompt, type: 'radiogroup', choices: options.map(({ id: value, label: text }) => ({ value, text })) });
        break;
      case 4:
        ours.push({ id, prompt, required: false, type: 'multiple_choice', options, minSelections: 0, maxSelections: 3 });
        theirs.push({ name: id, title: prompt, type: 'checkbox', maxSelectedChoices: 3,
          choices: options.map(({ id: value, label: text }) => ({ value, text })) });
        break;
      default:
        ours.push({ id, prompt, required: false, type: 'free_text', maxLength: 2000 });
        theirs.push({ name: id, title: prompt, type: 'comment', maxLength: 2000 });
    }
  }
  const survey = {
    id: 'svy_bench',
    title: 'Satisfaction survey',
    description: 'A benchmark survey.',
    opensAt: '2026-01-01T00:00:00Z',
    closesAt: '2027-01-01T00:00:00Z',
    status: 'open',
    questions: ours,
  };
  return { ours: survey, theirs: { title: survey.title, description: survey.description, pages: [{ elements: theirs }] } };
}

/**
 * Runs in the page: mounts one survey `runs` times with each library, in
 * turns, and returns the milliseconds of each mount. A mount ends when every
 * question is in the document and laid out. The widget gets its survey from a
 * `fetch` that answers at once (so it pays for the SDK's checks, not for a
 * network), from a new address each time (so the SDK's cache never answers).
 */
/* global customElements, document, MessageChannel, performance, Response, window -- it runs in the page */
async function measureInPage({ ours, theirs, count, runs }) {
  const nextTask = () => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  });
  window.fetch = async () => new Response(JSON.stringify(ours), { headers: { 'content-type': 'application/json' } });
  await customElements.whenDefined('ngo-satisfaction-survey');
  const main = document.getElementById('root');
  const mounts = {
    async ngo(run) {
      const started = performance.now();
      const survey = document.createElement('ngo-satisfaction-survey');
      survey.setAttribute('api', `https://bench.invalid/${run}/`);
      survey.setAttribute('key', 'pk_bench');
      survey.setAttribute('survey-id', ours.id);
      main.append(survey);
      while (survey.shadowRoot?.querySelectorAll('[part~="question"]').length !== count) await nextTask();
      void survey.offsetHeight;
      const ms = performance.now() - started;
      survey.remove();
      return ms;
    },
    async surveyjs() {
      const started = performance.now();
      const box = document.createElement('div');
      main.append(box);
      const model = new window.Survey.Model(theirs);
      model.render(box);
      while (box.querySelectorAll('.sd-question').length !== count) await nextTask();
      void box.offsetHeight;
      const ms = performance.now() - started;
      model.dispose();
      box.remove();
      return ms;
    },
  };
  const times = { ngo: [], surveyjs: [] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ['ngo', 'surveyjs'] : ['surveyjs', 'ngo'];
    for (const name of order) times[name].push(await mounts[name](run));
  }
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Mount times of the survey and of SurveyJS for each count of questions: the
 * first mount of a fresh page (code not yet warm) and the median of `runs`
 * mounts after it, and the median of the runs' ratios (ours / SurveyJS's).
 */
export async function surveyMountTimes({ counts = [10, 50], runs = 15 } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const rows = [];
    for (const count of counts) {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.route(`${ORIGIN}/**`, (route) => {
        const { pathname } = new URL(route.request().url());
        const file = FILES[pathname];
        if (file) return route.fulfill({ body: readFileSync(file.path), contentType: file.type });
        // The survey's CDN file and the chunks it imports, as the CDN serves them.
        const served = pathname.startsWith('/cdn/') ? normalize(join(cdn, pathname.slice('/cdn/'.length))) : undefined;
        if (served?.startsWith(cdn)) return route.fulfill({ body: readFileSync(served), contentType: 'text/javascript' });
        return route.fulfill({ body: PAGE, contentType: 'text/html' });
      });
      await page.goto(`${ORIGIN}/`);
      const times = await page.evaluate(measureInPage, { ...benchSurveys(count), count, runs: runs + 1 });
      await page.close();
      const [ngoFirst, ...ngo] = times.ngo;
      const [surveyjsFirst, ...surveyjs] = times.surveyjs;
      // each run mounts both, one right after the other: the ratio of a run is measured under one load
      const ratio = median(ngo.map((ms, run) => ms / surveyjs[run]));
      rows.push({
        questions: count,
        ngoMs: { first: ngoFirst, median: median(ngo) },
        surveyjsMs: { first: surveyjsFirst, median: median(surveyjs) },
        ratio,
        goal: SURVEY_MOUNT_GOAL,
        withinGoal: ratio <= SURVEY_MOUNT_GOAL,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
