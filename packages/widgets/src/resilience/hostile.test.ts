import { expect, html } from '@open-wc/testing';
import { DEMO_STAFF_TOKEN, HOSTILE_STRINGS } from '@ngo-kit/mock-server';
import type { TemplateResult } from 'lit';
import { activeContent, afterImageErrors, PWNED } from '../test-support/hostile-html.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import '../donor-wall.js';
import '../event-calendar.js';
import '../event-list.js';
import '../event-registration.js';
import '../kpi-dashboard.js';
import '../newsletter-signup.js';
import '../points-badge.js';
import '../provider.js';
import '../satisfaction-survey.js';
import '../suggestion-box.js';
import { waitUntil } from '../test-support/wait.js';

/**
 * The fields of the API's answers that people or staff write, whatever the
 * resource: titles, places, descriptions, questions and their choices,
 * replies, names, reasons. (Announcements have their own test, of rich text.)
 */
const WRITTEN_FIELDS = new Set([
  'title', 'name', 'summary', 'description', 'prompt', 'label', 'text', 'body', 'staffReply', 'reason', 'message',
  'memberName', 'donorName', 'displayName', 'authorName', 'city', 'address', 'series', 'subject',
]);

/** Each payload, cut to a length every such field takes: the long ones still have no place to break. */
const PAYLOADS = HOSTILE_STRINGS.map((payload) => payload.slice(0, 80));

/**
 * A `fetch` that asks the mock API and puts a hostile string into every
 * written field of its JSON answers, one payload after another, so that
 * each widget shows every payload somewhere.
 */
function hostileFetch(): typeof fetch {
  let next = 0;
  const poison = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key !== undefined && WRITTEN_FIELDS.has(key) ? PAYLOADS[next++ % PAYLOADS.length] : value;
    if (Array.isArray(value)) return value.map((item) => poison(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poison(item, name)]));
    return value;
  };
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!/json/.test(response.headers.get('content-type') ?? '')) return response;
    const body = poison(await response.json());
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/** All the text of an element's shadow root, through the shadow roots inside it. */
function deepText(root: ParentNode): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element) {
      if (node.localName !== 'style') text += deepText(node);
      if (node.shadowRoot) text += deepText(node.shadowRoot);
    }
  }
  return text;
}

/** Elements that could run or frame something, anywhere inside `root`. */
function scriptLike(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('script, iframe, object, embed, foreignObject, style')) {
    // Structured data for search engines is data, not a script; the widgets' own styles are not payloads.
    if (element.localName === 'script' && element.getAttribute('type') === 'application/ld+json') continue;
    if (element.localName === 'style' && !/__ngoPwned|display:none!important/.test(element.textContent ?? '')) continue;
    found.push(`<${element.localName}>`);
  }
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...scriptLike(element.shadowRoot));
  return found;
}

const WIDTH = 360;

/**
 * The visible elements whose right edge is past `right`, described by their
 * part or tag and text. What a scrolling region (a wide table's) holds may be
 * wider: the region scrolls, and only the region itself must fit.
 */
function overflowing(root: ParentNode, right: number): string[] {
  const found: string[] = [];
  for (const element of root.children) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > right + 1) {
      found.push(`${element.localName}[${element.getAttribute('part') ?? element.className}] ${Math.round(box.right - right)}px: ${(element.textContent ?? '').trim().slice(0, 30)}`);
    }
    if (getComputedStyle(element).overflowX === 'visible') found.push(...overflowing(element, right));
    if (element.shadowRoot) found.push(...overflowing(element.shadowRoot, right));
  }
  return found;
}

const WIDGETS: { name: string; template: TemplateResult; ready: (widget: Element) => boolean }[] = [
  { name: 'ngo-event-list', template: html`<ngo-event-list limit="12"></ngo-event-list>`, ready: (widget) => has(widget, '[part~="item"]') },
  { name: 'ngo-event-calendar', template: html`<ngo-event-calendar></ngo-event-calendar>`, ready: (widget) => has(widget, '[part~="event"]') },
  {
    name: 'ngo-event-registration',
    // the winter exchange: a place, a choice question with its options and a text question
    template: html`<ngo-event-registration event-id="evt_000027"></ngo-event-registration>`,
    ready: (widget) => has(widget, 'form [name]'),
  },
  { name: 'ngo-suggestion-box', template: html`<ngo-suggestion-box mode="list"></ngo-suggestion-box>`, ready: (widget) => has(widget, '[part~="item"]') },
  {
    name: 'ngo-satisfaction-survey',
    template: html`<ngo-satisfaction-survey survey-id="svy_000002" paging="all"></ngo-satisfaction-survey>`,
    ready: (widget) => has(widget, '#q0'),
  },
  { name: 'ngo-donor-wall', template: html`<ngo-donor-wall></ngo-donor-wall>`, ready: (widget) => has(widget, '[part~="donor"], [part~="item"]') },
  {
    name: 'ngo-points-badge',
    template: html`<ngo-points-badge member-token="mt_demo_member"></ngo-points-badge>`,
    ready: (widget) => has(widget, '[part~="reward"], [part~="rewards"]'),
  },
  {
    name: 'ngo-kpi-dashboard',
    // staff see each event's participation, by its title
    template: html`<ngo-kpi-dashboard staff-token=${DEMO_STAFF_TOKEN}></ngo-kpi-dashboard>`,
    ready: (widget) => has(widget, 'tbody th[scope="row"]'),
  },
  {
    name: 'ngo-newsletter-signup',
    template: html`<ngo-newsletter-signup show-archive></ngo-newsletter-signup>`,
    ready: (widget) => has(widget, '[part~="issue"]'),
  },
];

function has(widget: Element, selector: string): boolean {
  return Boolean(widget.shadowRoot?.querySelector(selector));
}

describe('hostile strings in every written field of every resource a widget shows', () => {
  beforeEach(() => {
    window[PWNED] = undefined;
  });

  /** Mounts the widget in a column of `WIDTH` pixels, with `fetch`, and waits until it shows its content. */
  async function mountWidget(name: string, template: TemplateResult, ready: (widget: Element) => boolean, fetch?: typeof globalThis.fetch) {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div lang="en"><ngo-provider api=${api.baseUrl} key="pk_test_widgets" .fetch=${fetch}>${template}</ngo-provider></div>
    `);
    // inline styles, which a host page's sheet cannot undo: the page gives the widget this much room
    wrapper.style.cssText = `display: block; width: ${WIDTH}px`;
    const widget = wrapper.querySelector(name)!;
    await waitUntil(() => ready(widget) || has(widget, '[part~="status-error"]'), `<${name}> showed nothing`);
    const text = deepText(widget.shadowRoot!);
    expect(has(widget, '[part~="status-error"]'), `<${name}> refused the data: ${text.replace(/\s+/g, ' ').slice(0, 300)}`).to.equal(false);
    const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    return { widget, text, base };
  }

  for (const { name, template, ready } of WIDGETS) {
    it(`<${name}> shows them as inert text: no script runs, no attribute or element is made, the layout holds`, async () => {
      // The same widget with the seed's own data: how wide it is at this width without any payload.
      const plain = await mountWidget(name, template, ready);
      const { widget, text, base } = await mountWidget(name, template, ready, hostileFetch());
      await afterImageErrors();

      expect(window[PWNED], 'a payload ran').to.equal(undefined);
      // The calendar files the widgets make themselves are the only links that are neither http(s) nor mailto.
      const ownFiles = 'href="data:text/calendar;charset=utf-8,';
      expect(activeContent(widget.shadowRoot!).filter((problem) => !problem.includes(ownFiles)), 'handler attributes or unsafe links').to.deep.equal([]);
      expect(scriptLike(widget.shadowRoot!), 'elements made from a payload').to.deep.equal([]);
      const shown = PAYLOADS.filter((payload) => text.includes(payload.trim()));
      expect(shown.length, `payloads shown as text by <${name}>`).to.be.greaterThan(2);

      expect(widget.getBoundingClientRect().width, 'the widget kept its width').to.be.at.most(WIDTH);
      const room = Math.max(plain.base.scrollWidth, plain.base.getBoundingClientRect().width);
      expect(overflowing(widget.shadowRoot!, base.getBoundingClientRect().left + room), 'elements wider than the widget with plain data').to.deep.equal([]);
      expect(base.scrollWidth, 'the payloads widened the widget').to.be.at.most(room + 1);
    });
  }
});
