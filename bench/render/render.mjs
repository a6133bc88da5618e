// Render times in headless Chromium: our widgets beside a calibration (a plain
// <ul> of the same events built with DOM calls) and beside the peer, in the same
// page, interleaved run by run so that the machine's load falls on all alike.
// Medians of repeated runs after warm-up.
// window: the page's, inside page.evaluate callbacks
/* global window */
import { chromium } from 'playwright-core';
import { wireEvents } from '../sdk-parse.mjs';
import { median } from '../stats.mjs';
import { bundlePeers } from './peers.mjs';
import { startRenderServer } from './server.mjs';

/** Debian's Chromium and the flags of scripts/chromium.ts (a .ts file, so repeated here). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * @typedef {object} RenderRow
 * @property {string} section e.g. `event-list`
 * @property {string} case e.g. `500 events`
 * @property {number | null} oursMs our widget's median
 * @property {number | null} calibrationMs the plain list's median
 * @property {number | null} peerMs the peer's median, where there is one
 * @property {number | null} ratio peer / ours (or ours / calibration where there is no peer)
 * @property {string} ratioMeans what the ratio divides
 * @property {string | null} goal the goal the ratio is held to
 * @property {boolean | null} goalMet
 * @property {string | null} note e.g. `not built yet`
 * @property {{ ours: object, peer: object } | undefined} [shown] the calendars: days, chips and "+N more" shown, and expected
 */

/**
 * Runs `steps` (one function per contender) `warmups` times, then `runs` times interleaved.
 *
 * @param {Record<string, () => Promise<number>>} steps
 * @returns {Promise<Record<string, number>>} the median of each
 */
async function interleaved(steps, { warmups, runs }) {
  const times = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
  for (let round = 0; round < warmups + runs; round += 1) {
    for (const [name, step] of Object.entries(steps)) {
      const ms = await step();
      if (round >= warmups) times[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

/** @param {Partial<RenderRow>} row */
const renderRow = (row) => ({ oursMs: null, calibrationMs: null, peerMs: null, ratio: null, ratioMeans: '', goal: null, goalMet: null, note: null, ...row });

/**
 * `<ngo-event-list>` with 50, 500 and 2,000 events against the plain list.
 *
 * @param {import('playwright-core').Page} page
 */
async function eventList(page, counts, options) {
  const rows = [];
  for (const count of counts) {
    const json = JSON.stringify({ items: await wireEvents(count), nextCursor: null });
    const base = { section: 'event-list', case: `${count} events`, ratioMeans: 'ours / plain list' };
    try {
      const { ours, calibration } = await interleaved(
        {
          ours: () => page.evaluate(([data, n]) => window.timeEventList(data, n), [json, count]),
          calibration: () => page.evaluate((data) => window.timePlainList(data), json),
        },
        options,
      );
      rows.push(renderRow({ ...base, oursMs: ours, calibrationMs: calibration, ratio: ours / calibration }));
    } catch (error) {
      // a crashed or timed-out case is reported as such, and the others still run
      rows.push(renderRow({ ...base, note: `failed: ${String(error).split('\n')[0].slice(0, 120)}` }));
      if (page.isClosed()) break;
    }
  }
  return rows;
}

/** What a calendar showed: `70 chips + 35 "+N more"`; the harness checks it against what the days should show. */
const showing = ({ chips, more }) => `${chips} chips + ${more} more`;

/**
 * `<ngo-event-calendar>` with 50, 500 and 2,000 events in a month, mount and "next month", against
 * FullCalendar's dayGridMonth with the same events, and the plain list of those events, round by round.
 *
 * @param {import('playwright-core').Page} page
 */
async function eventCalendar(page, counts, { warmups, runs }) {
  const rows = [];
  let run = 0;
  for (const count of counts) {
    const json = JSON.stringify({ items: await wireEvents(count), nextCursor: null });
    const cases = ['mount', 'next month'].map((step) => ({
      section: 'event-calendar',
      case: `${count} events, ${step}`,
      ratioMeans: 'FullCalendar / ours',
      goal: count === 500 ? '>= 2.5' : null,
    }));
    try {
      await page.evaluate((data) => window.setCalendarEvents(data), json);
      const times = { ours: [[], []], peer: [[], []], calibration: [] };
      let shown;
      for (let round = 0; round < warmups + runs; round += 1) {
        // both calendars show the same month, one no earlier mount of ours showed
        run += 1;
        const ours = await page.evaluate((r) => window.timeEventCalendar(r), run);
        const peer = await page.evaluate((r) => window.timeFullCalendar(r), run);
        const calibration = await page.evaluate((data) => window.timePlainList(data), json);
        if (ours.misses > 0) throw new Error(`the mock API made ${ours.misses} answers while timed`);
        for (const [side, result] of [['ours', ours], ['peer', peer]]) {
          for (const view of [result.mount, result.next]) {
            if (view.chips !== view.expected.chips || view.more !== view.expected.more) {
              throw new Error(`${side} showed ${showing(view)}, not ${showing(view.expected)}`);
            }
          }
        }
        if (round < warmups) continue;
        times.ours[0].push(ours.mountMs);
        times.ours[1].push(ours.nextMs);
        times.peer[0].push(peer.mountMs);
        times.peer[1].push(peer.nextMs);
        times.calibration.push(calibration);
        shown = { ours: [ours.mount, ours.next], peer: [peer.mount, peer.next] };
      }
      cases.forEach((base, step) => {
        const oursMs = median(times.ours[step]);
        const peerMs = median(times.peer[step]);
        const ratio = peerMs / oursMs;
        const [ourView, peerView] = [shown.ours[step], shown.peer[step]];
        rows.push(
          renderRow({
            ...base,
            oursMs,
            peerMs,
            calibrationMs: median(times.calibration),
            ratio,
            goalMet: count === 500 ? ratio >= 2.5 : null,
            shown: { ours: ourView, peer: peerView },
            note: `FullCalendar / ours; last run showed ${showing(ourView)} / ${showing(peerView)} in ${ourView.days} / ${peerView.days} days`,
          }),
        );
      });
    } catch (error) {
      for (const base of cases) rows.push(renderRow({ ...base, note: `failed: ${String(error).split('\n')[0].slice(0, 120)}` }));
      if (page.isClosed()) break;
    }
  }
  return rows;
}

/**
 * Every render benchmark.
 *
 * @param {{ warmups?: number, runs?: number, listCounts?: number[], calendarCounts?: number[] }} [options]
 * @returns {Promise<RenderRow[]>}
 */
export async function renderBenchmarks({ warmups = 3, runs = 9, listCounts = [50, 500, 2_000], calendarCounts = [50, 500, 2_000] } = {}) {
  const peers = await bundlePeers();
  const server = await startRenderServer(peers);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    // the page depends on nothing beyond 127.0.0.1: anything else is refused, and reported below
    const offsite = [];
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    await page.goto(server.url);
    await page.waitForFunction(() => typeof window.timeEventList === 'function');
    const options = { warmups, runs };
    const rows = await eventList(page, listCounts, options);
    const built = page.isClosed() ? [] : await page.evaluate(() => window.defined(['ngo-event-calendar', 'ngo-satisfaction-survey']));
    if (built.includes('ngo-event-calendar')) {
      rows.push(...(await eventCalendar(page, calendarCounts, options)));
    } else {
      for (const count of [50, 500, 2_000]) {
        for (const step of ['mount', 'next month']) {
          rows.push(renderRow({ section: 'event-calendar', case: `${count} events, ${step}`, ratioMeans: 'FullCalendar / ours', goal: count === 500 ? '>= 2.5' : null, note: 'not built yet' }));
        }
      }
    }
    {
      for (const count of [10, 50]) {
        rows.push(renderRow({ section: 'satisfaction-survey', case: `${count} questions, mount`, ratioMeans: 'SurveyJS / ours', goal: '>= 3', note: built.includes('ngo-satisfaction-survey') ? 'see the survey table (bench/survey-mount.mjs)' : 'not built yet' }));
      }
    }
    if (offsite.length > 0) {
      rows.push(renderRow({ section: 'render page', case: 'network', note: `refused ${offsite.length} requests off 127.0.0.1: ${offsite.slice(0, 3).join(', ')}` }));
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}
