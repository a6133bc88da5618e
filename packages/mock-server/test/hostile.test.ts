import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyData, HOSTILE_STRINGS } from '@ngo-kit/mock-server';
import ICAL from 'ical.js';
import { appendLedger } from '../src/resources/points/ledger.js';
import { fixtureEvent } from './events-fixture.js';
import { addVolunteer, SECRET, testServer } from './support.js';
import { elementsNamed, parseXml, textOf, type XmlElement } from './well-formed-xml.js';

/**
 * The hostile corpus through the outputs the API makes that are not JSON:
 * iCalendar files and certificate SVGs. (JSON is inert by construction; the
 * widgets' rendering of it has browser tests of its own.)
 */

/** What survives of a text in a format that cannot carry lone surrogates or control characters. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters removed
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
  // A lone surrogate cannot be encoded in UTF-8: it reads back as U+FFFD.
  return text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD').replace(controls, '');
}

/** What survives of a text in XML, which the certificate writes with U+FFFD for each character XML cannot carry. */
function inXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu, '\uFFFD');
}

function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap((child) => (typeof child === 'string' ? [] : allElements(child)))];
}

describe('hostile strings in iCalendar files', () => {
  it('stay the text of their property: no line, property or event is injected', async () => {
    const data = emptyData();
    HOSTILE_STRINGS.forEach((text, index) => {
      data.events.push(
        fixtureEvent(`evt_h${index}`, {
          title: text,
          summary: text,
          location: { name: text, city: 'Berlin', country: 'DE' },
          startsAt: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00+01:00`,
          endsAt: `2026-12-${String(1 + (index % 28)).padStart(2, '0')}T12:00:00+01:00`,
        }),
      );
    });
    const { call } = testServer({ data });
    const feed = await call('GET', '/v1/events.ics?from=2026-11-30T00:00:00Z&to=2027-01-01T00:00:00Z&limit=100');
    assert.equal(feed.status, 200);
    for (const line of feed.text.split('\r\n')) {
      assert.ok(new TextEncoder().encode(line).length <= 75, `a line longer than 75 octets: ${line.slice(0, 40)}`);
      assert.ok(!line.includes('\n') && !line.includes('\r'), 'a bare line break');
    }
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(events.length, HOSTILE_STRINGS.length, 'one VEVENT per event, none injected');
    for (const [index, text] of HOSTILE_STRINGS.entries()) {
      const event = events.find((candidate) => candidate.uid.startsWith(`evt_h${index}@`) || candidate.uid === `evt_h${index}`);
      assert.ok(event, `the event evt_h${index}`);
      // A line break in a text value is written as \n, which reads back as one \n.
      assert.equal(event.summary, printable(text).replaceAll('\r\n', '\n'), `SUMMARY of payload ${index}`);
      assert.ok(event.location.startsWith(printable(text).replaceAll('\r\n', '\n')), `LOCATION of payload ${index}`);
    }
  });
});

describe('hostile strings in certificate SVGs', () => {
  it('are printed as text: no element, attribute or link comes from a name', async () => {
    // Names as signing up stores them: trimmed, at most 100 characters.
    for (const [index, name] of HOSTILE_STRINGS.map((text) => text.trim().slice(0, 100)).entries()) {
      const data = emptyData();
      const token = addVolunteer(data, { id: 'mem_h', name });
      appendLedger(data, {
        memberId: 'mem_h',
        kind: 'earned',
        source: 'volunteer_hours',
        amount: 20,
        hours: 2,
        eventId: null,
        reason: 'Shift',
        at: '2026-05-05T10:00:00Z',
      });
      const { call } = testServer({ data });
      const issued = await call('POST', '/v1/members/mem_h/certificates', { as: SECRET, body: { period: '2026-Q2' } });
      assert.equal(issued.status, 201, `payload ${index}: ${issued.text}`);
      const answer = await call('GET', new URL(issued.body.svgUrl).pathname, { as: token });
      const svg = parseXml(answer.text);
      const elements = allElements(svg);
      assert.deepEqual(
        [...new Set(elements.map((element) => element.name))].sort(),
        [...new Set(allElements(parseXml(answer.text.replaceAll(name, 'x'))).map((element) => element.name))].sort().filter(Boolean),
        `payload ${index} added an element`,
      );
      assert.equal(elementsNamed(svg, 'script').length, 0);
      for (const element of elements) {
        for (const [attribute, value] of Object.entries(element.attributes)) {
          assert.ok(!/^on/i.test(attribute), `payload ${index}: an event handler attribute ${attribute}`);
          assert.ok(!/^\s*javascript:/i.test(value), `payload ${index}: a javascript: value`);
        }
      }
      const texts = elementsNamed(svg, 'text').map(textOf);
      assert.ok(
        texts.some((text) => text === inXml(name) || inXml(name).startsWith(text.replace(/…$/, ''))),
        `payload ${index}: the name is printed as text`,
      );
    }
  });
});
