import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { eventToICalendar, eventsToICalendar, type CalendarEvent } from '@ngo-kit/sdk';

const STAMP = new Date('2026-11-23T09:00:00Z');

/** A night event in Berlin across the switch to summer time: 01:30 CET to 04:00 CEST is 1.5 hours. */
const DST_NIGHT: CalendarEvent = {
  id: 'evt_night_walk',
  title: 'Night walk into summer time',
  summary: 'We walk through the hour that does not exist.',
  language: 'en',
  startsAt: new Date('2027-03-28T01:30:00+01:00'),
  endsAt: new Date('2027-03-28T04:00:00+02:00'),
  timeZone: 'Europe/Berlin',
  kind: 'offline',
  location: { name: 'Tempelhofer Feld', address: 'Columbiadamm 10', city: 'Berlin', country: 'DE' },
  status: 'scheduled',
};

const LONG_CHINESE = '冬季爱心义卖，所得款项全部用于社区助学项目；欢迎带上家人朋友一起来！🎉'.repeat(6);

const CHARITY_SALE: CalendarEvent = {
  id: 'evt_charity_sale',
  title: `冬季爱心义卖：${LONG_CHINESE.slice(0, 40)}`,
  summary: `${LONG_CHINESE}\n第二行, with a comma; a semicolon and a back\\slash`,
  language: 'zh-CN',
  startsAt: new Date('2026-12-19T10:00:00+08:00'),
  endsAt: new Date('2026-12-19T16:00:00+08:00'),
  timeZone: 'Asia/Shanghai',
  kind: 'hybrid',
  location: { name: '社区活动中心', address: '长宁路 88 号', city: '上海', country: 'CN' },
  status: 'scheduled',
  url: 'https://ngo.example/events/charity-sale',
  joinUrl: 'https://meet.example/sale?room=1&lang=zh',
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events };
}

function parseOne(ics: string) {
  const { calendar, events } = parse(ics);
  assert.equal(events.length, 1);
  return { calendar, first: events[0] ?? assert.fail('no VEVENT') };
}

/** The physical lines as bytes, split on CRLF, so that a line that splits a character shows up. */
function byteLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let index = 0; index < bytes.length - 1; index++) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      lines.push(bytes.subarray(start, index));
      start = index + 2;
      index++;
    }
  }
  assert.equal(start, bytes.length, 'the file ends with CRLF');
  return lines;
}

describe('eventToICalendar', () => {
  it('keeps the exact instants of an event across a daylight saving change', () => {
    const ics = eventToICalendar(DST_NIGHT, { stamp: STAMP });
    const vevent = new ICAL.Event(parseOne(ics).first);
    assert.equal(vevent.startDate.toJSDate().getTime(), DST_NIGHT.startsAt.getTime());
    assert.equal(vevent.endDate.toJSDate().getTime(), DST_NIGHT.endsAt.getTime());
    assert.equal(vevent.duration.toSeconds(), 90 * 60);
    assert.match(ics, /\r\nDTSTART:20270328T003000Z\r\n/);
    assert.match(ics, /\r\nDTEND:20270328T020000Z\r\n/);
    assert.match(ics, /\r\nX-WR-TIMEZONE:Europe\/Berlin\r\n/);
  });

  it('writes the fields of the event, with a stable UID', () => {
    const { calendar, first } = parseOne(eventToICalendar(CHARITY_SALE, { stamp: STAMP }));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Asia/Shanghai');
    assert.equal(first.getFirstPropertyValue('uid'), 'evt_charity_sale@ngo-kit');
    assert.equal(String(first.getFirstPropertyValue('dtstamp')), '2026-11-23T09:00:00Z');
    assert.equal(first.getFirstPropertyValue('summary'), CHARITY_SALE.title);
    assert.equal(first.getFirstProperty('summary')?.getParameter('language'), 'zh-CN');
    assert.equal(first.getFirstPropertyValue('description'), CHARITY_SALE.summary);
    assert.equal(first.getFirstPropertyValue('location'), '社区活动中心, 长宁路 88 号, 上海, CN');
    assert.equal(first.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(first.getFirstPropertyValue('url'), 'https://ngo.example/events/charity-sale');
    const conference = first.getFirstProperty('conference');
    assert.equal(conference?.getFirstValue(), 'https://meet.example/sale?room=1&lang=zh');
    assert.equal(conference?.getParameter('feature'), 'VIDEO');
    assert.equal(conference?.type, 'uri');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and drops control characters', () => {
    const ics = eventToICalendar({ ...DST_NIGHT, title: 'a\tb\u0000c', summary: 'one, two; three\\four\r\nfive\rsix' }, { stamp: STAMP });
    assert.match(ics, /\r\nDESCRIPTION;LANGUAGE=en:one\\, two\\; three\\\\four\\nfive\\nsix\r\n/);
    const { first } = parseOne(ics);
    assert.equal(first.getFirstPropertyValue('summary'), 'a\tbc');
    assert.equal(first.getFirstPropertyValue('description'), 'one, two; three\\four\nfive\nsix');
  });

  it('folds long Chinese text at 75 octets without splitting a character, with CRLF everywhere', () => {
    const ics = eventToICalendar(CHARITY_SALE, { stamp: STAMP });
    assert.doesNotMatch(ics, /\r(?!\n)|(?<!\r)\n/, 'no bare CR or LF');
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines = byteLines(ics);
    const continued = lines.filter((line) => line[0] === 0x20);
    assert.ok(continued.length >= 10, `long text is folded (${continued.length} continuation lines)`);
    for (const line of lines) {
      assert.ok(line.length <= 75, `a line of ${line.length} octets: ${decoder.decode(line)}`);
      assert.doesNotThrow(() => decoder.decode(line), 'a line never ends or starts inside a character');
    }
    assert.ok(lines.some((line) => line.length >= 73), 'lines are filled, not cut early');
  });

  it('marks a cancelled event and leaves out what it does not have', () => {
    const online: CalendarEvent = { ...DST_NIGHT, kind: 'online', location: null, summary: '', status: 'cancelled' };
    const { first } = parseOne(eventToICalendar(online, { stamp: STAMP }));
    assert.equal(first.getFirstPropertyValue('status'), 'CANCELLED');
    for (const name of ['location', 'description', 'url', 'conference']) assert.equal(first.getFirstProperty(name), null, name);
  });

  it('writes no conference link for an offline event', () => {
    const ics = eventToICalendar({ ...DST_NIGHT, joinUrl: 'https://meet.example/x' }, { stamp: STAMP });
    assert.doesNotMatch(ics, /CONFERENCE/);
  });
});

describe('eventsToICalendar', () => {
  it('holds every event, named, in the zone they share', () => {
    const second: CalendarEvent = { ...DST_NIGHT, id: 'evt_second', startsAt: new Date('2027-04-01T10:00:00Z'), endsAt: new Date('2027-04-01T11:00:00Z') };
    const ics = eventsToICalendar([DST_NIGHT, second], { name: 'Berlin, by night', stamp: STAMP });
    const { calendar, events } = parse(ics);
    assert.deepEqual(events.map((event) => event.getFirstPropertyValue('uid')), ['evt_night_walk@ngo-kit', 'evt_second@ngo-kit']);
    // ical.js leaves NAME (RFC 7986) and X- properties raw; both are TEXT, so the comma is escaped.
    assert.match(ics, /\r\nNAME:Berlin\\, by night\r\nX-WR-CALNAME:Berlin\\, by night\r\n/);
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Europe/Berlin');
  });

  it('names no zone for events in several zones unless told', () => {
    const mixed = eventsToICalendar([DST_NIGHT, CHARITY_SALE], { stamp: STAMP });
    assert.doesNotMatch(mixed, /X-WR-TIMEZONE/);
    assert.match(eventsToICalendar([DST_NIGHT, CHARITY_SALE], { stamp: STAMP, timeZone: 'Asia/Shanghai' }), /\r\nX-WR-TIMEZONE:Asia\/Shanghai\r\n/);
  });

  it('is a valid empty calendar without events', () => {
    const { calendar, events } = parse(eventsToICalendar([], { stamp: STAMP }));
    assert.equal(events.length, 0);
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//ngo-kit//community-ops API//EN');
  });
});
