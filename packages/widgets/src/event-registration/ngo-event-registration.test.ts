import { expect, html, oneEvent } from '@open-wc/testing';
import { EventsResource } from '@ngo-kit/sdk';
import { expectAccessible, finishAnimations } from '../test-support/a11y.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { deepActiveElement, press, type } from '../test-support/keyboard.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { createEvent, daysAhead, mailTo, publicEvent } from '../test-support/staff-api.js';
import { catalogProblems } from '../test-support/table-problems.js';
import '../event-registration.js';
import '../provider.js';
import { NgoElement } from '../shared/ngo-element.js';
import { eventRegistrationMessages } from './messages.js';
import type { NgoEventRegistration } from './ngo-event-registration.js';
import { registrationDialogMessages } from './dialog-messages.js';
import { loadRegistrationForm, RegistrationDialog, type RegistrationDialogOptions } from './registration-dialog.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';
const WINTER_EXCHANGE = 'evt_000027'; // hybrid, Berlin, 60 places, a required choice and an optional text question
const CLOTHING_DRIVE = 'evt_000024'; // full, 6 on the waiting list
const CHRISTMAS_MARKET = 'evt_000025'; // registration closed on 20 November
const HOLIDAY_CARDS = 'evt_000026'; // cancelled
const ONBOARDING = 'evt_000029'; // online, unlimited places

function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function part(element: Element, name: string): HTMLElement {
  const found = parts(element, name)[0];
  expect(found, `part ${name}`).to.exist;
  return found!;
}

function control<T extends HTMLElement = HTMLInputElement>(element: NgoEventRegistration, name: string): T {
  const found = element.shadowRoot!.querySelector<T>(`[name="${name}"]`);
  expect(found, `the field ${name}`).to.exist;
  return found!;
}

/** The message a field's `aria-describedby` points at that is an error, if any. */
function errorOf(element: NgoEventRegistration, name: string): string | undefined {
  const ids = control(element, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => element.shadowRoot!.getElementById(id)).find((node) => node?.matches('.field-error'));
  return error?.textContent?.trim();
}

function said(element: NgoEventRegistration): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function mountRegistration(api: string, eventId: string, lang = 'en') {
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${lang}><ngo-event-registration api=${api} key=${KEY} event-id=${eventId}></ngo-event-registration></div>`,
  );
  const element = wrapper.querySelector('ngo-event-registration')!;
  await waitUntil(() => parts(element, 'form').length > 0 || parts(element, 'status').length > 0, 'the event did not load');
  return element;
}

/** Sets a field as a person would, through its control's own input or change event. */
async function set(element: NgoEventRegistration, name: string, value: string | boolean) {
  const field = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(element, name);
  if (typeof value === 'boolean') {
    (field as HTMLInputElement).checked = value;
    field.dispatchEvent(new Event('change'));
  } else {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  await element.updateComplete;
}

async function fillValid(element: NgoEventRegistration, email: string, answers: Record<string, string> = {}) {
  await set(element, 'name', 'Ada Lovelace');
  await set(element, 'email', email);
  for (const [name, value] of Object.entries(answers)) await set(element, name, value);
  await set(element, 'consent', true);
}

async function submit(element: NgoEventRegistration) {
  part(element, 'submit').click();
  await element.updateComplete;
}

const uniqueEmail = (who: string) => `${who}.${Date.now()}.${Math.round(Math.random() * 1e6)}@example.org`;

describe('<ngo-event-registration>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the event and a form with its own questions', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    expect(part(element, 'title').textContent!.trim()).to.equal('Quarterly exchange meeting: winter');
    expect(part(element, 'when').textContent).to.match(/Sat, Dec 12, 2:00\s?–\s?5:00\sPM GMT\+1/);
    expect(part(element, 'place').textContent).to.include('Berlin');
    expect(part(element, 'places').textContent!.trim()).to.equal('31 places left');
    const labels = parts(element, 'label').map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal([
      'Your name',
      'Email',
      'Phone (optional)',
      'I am coming as',
      'Dietary needs',
      'A topic you would like to discuss (optional)',
      'I agree that the organisers keep these details to manage my registration.',
    ]);
    const dietary = control<HTMLSelectElement>(element, 'answers.dietary');
    expect([...dietary.options].map((option) => option.value)).to.deep.equal(['', 'none', 'vegetarian', 'vegan', 'halal']);
    expect(part(element, 'submit').textContent!.trim()).to.equal('Register');
    await expectAccessible(element, 'form');
  });

  it('gives a message next to every field with bad input, announced, and focuses the first', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    await submit(element);
    await waitUntil(() => errorOf(element, 'name'), 'no message next to the name');
    expect(errorOf(element, 'name')).to.equal('Please fill this in.');
    expect(errorOf(element, 'email')).to.equal('Please fill this in.');
    expect(errorOf(element, 'answers.dietary')).to.equal('Please fill this in.');
    expect(errorOf(element, 'consent')).to.equal('Please tick this box to continue.');
    expect(errorOf(element, 'phone')).to.equal(undefined);
    expect(said(element)).to.equal('4 fields need your attention.');
    expect(deepActiveElement()).to.equal(control(element, 'name'));
    await expectAccessible(element, 'form with errors');

    await type('Ada');
    await set(element, 'email', 'not-an-address');
    await set(element, 'phone', 'call me maybe');
    await set(element, 'answers.dietary', 'vegan');
    await set(element, 'answers.topic', 'x'.repeat(301));
    await set(element, 'consent', true);
    await submit(element);
    await waitUntil(() => errorOf(element, 'phone'), 'the phone was not checked');
    expect(errorOf(element, 'name')).to.equal(undefined);
    expect(errorOf(element, 'email')).to.equal('Enter an email address such as name@example.org.');
    expect(errorOf(element, 'phone')).to.equal('This is not valid. Please check it.');
    expect(errorOf(element, 'answers.topic')).to.equal('Use at most 300 characters.');
    expect(errorOf(element, 'answers.dietary')).to.equal(undefined);
    expect(control(element, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(said(element)).to.equal('3 fields need your attention.');
    expect(deepActiveElement()).to.equal(control(element, 'email'));
  });

  it('says it in Chinese', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, WINTER_EXCHANGE, 'zh-CN');
    await submit(element);
    await waitUntil(() => errorOf(element, 'consent'));
    expect(errorOf(element, 'name')).to.equal('请填写此项。');
    expect(part(element, 'submit').textContent!.trim()).to.equal('报名');
    expect(part(element, 'places').textContent!.trim()).to.equal('尚余 31 个名额');
    await expectAccessible(element, 'zh-CN form with errors');
  });

  it('confirms a place: calendar file, cancellation and join links, and ngo-registered', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    expect(parts(element, 'join'), 'a join link before registering').to.have.length(0);
    const email = uniqueEmail('ada');
    await fillValid(element, email, { 'answers.dietary': 'vegetarian' });
    const registered = oneEvent(element, 'ngo-registered');
    await submit(element);
    const { detail } = await registered;
    expect(detail.status).to.equal('confirmed');
    await waitUntil(() => parts(element, 'outcome').length > 0, 'no outcome');
    expect(part(element, 'outcome').textContent!.trim()).to.equal('You are registered: your place is confirmed.');
    expect(said(element)).to.equal('You are registered: your place is confirmed.');
    expect(deepActiveElement()).to.equal(part(element, 'outcome'));
    expect(part(element, 'join').getAttribute('href')).to.equal(detail.joinUrl);
    expect(detail.joinUrl).to.match(/^https:\/\/meet\.example\.org\//);
    expect(part(element, 'cancel').getAttribute('href')).to.equal(detail.cancellationUrl);

    const link = part(element, 'add-to-calendar') as HTMLAnchorElement;
    expect(link.href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A/);
    expect(link.download).to.equal('evt_000027.ics');
    const ics = await (await fetch(link.href)).text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
    expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
    expect(ics).to.include('\r\nUID:evt_000027@ngo-kit\r\n');
    expect(ics).to.include('\r\nSUMMARY;LANGUAGE=en:Quarterly exchange meeting: winter\r\n');
    expect(ics.replace(/\r\n /g, '')).to.include(`CONFERENCE;VALUE=URI;FEATURE=VIDEO:${detail.joinUrl}`);
    expect(ics.replace(/\r\n/g, '')).not.to.include('\n');

    const mail = await mailTo(api.baseUrl, email);
    expect(mail.map((message) => message.subject)).to.deep.equal(['Confirmed: Quarterly exchange meeting: winter']);
    await expectAccessible(element, 'confirmed');
  });

  it('reveals the join link of an online event only after registering', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, ONBOARDING);
    expect(element.shadowRoot!.innerHTML).not.to.include('meet.example.org');
    expect(part(element, 'place').textContent!.trim()).to.equal('Online');
    await fillValid(element, uniqueEmail('online'));
    await submit(element);
    await waitUntil(() => parts(element, 'join').length > 0, 'no join link after registering');
    expect(part(element, 'join').getAttribute('href')).to.match(/^https:\/\/meet\.example\.org\//);
    expect(part(element, 'join').textContent!.trim()).to.equal('Join online');
  });

  it('puts a registration for a full event on the waiting list, and says which number', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, CLOTHING_DRIVE);
    expect(part(element, 'status-full').textContent).to.include('This event is full. You can still register');
    expect(parts(element, 'places')).to.have.length(0);
    expect(part(element, 'submit').textContent!.trim()).to.equal('Join the waiting list');
    await expectAccessible(element, 'full');
    await fillValid(element, uniqueEmail('waiting'));
    await submit(element);
    await waitUntil(() => parts(element, 'outcome').length > 0, 'no outcome');
    expect(part(element, 'outcome').textContent!.trim()).to.equal(
      'You are on the waiting list, number 7. We will email you if a place frees up.',
    );
    expect(parts(element, 'join')).to.have.length(0);
    expect(parts(element, 'cancel')).to.have.length(1);
    await expectAccessible(element, 'waitlisted');
  });

  it('says registration is closed after the deadline and for a cancelled event, with no form', async () => {
    const api = await startMockApi();
    const market = await mountRegistration(api.baseUrl, CHRISTMAS_MARKET);
    expect(part(market, 'status-closed').textContent!.trim()).to.equal(
      'Registration for this event closed on November 20, 2026 at 11:59 PM.',
    );
    expect(parts(market, 'form')).to.have.length(0);
    await expectAccessible(market, 'closed');
    const cards = await mountRegistration(api.baseUrl, HOLIDAY_CARDS);
    expect(part(cards, 'status-closed').textContent!.trim()).to.equal('This event has been cancelled, so registration is closed.');
    expect(parts(cards, 'form')).to.have.length(0);
  });

  for (const lang of ['en', 'zh-CN', 'zh-TW']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible with errors and after registering, in ${lang}, ${theme}`, async () => {
        const api = await startMockApi();
        const wrapper = await mount<HTMLDivElement>(html`<div lang=${lang}>
          <ngo-event-registration api=${api.baseUrl} key=${KEY} theme=${theme} event-id=${WINTER_EXCHANGE}></ngo-event-registration>
        </div>`);
        const element = wrapper.querySelector('ngo-event-registration')!;
        await waitUntil(() => parts(element, 'form').length > 0, 'the event did not load');
        await submit(element);
        await waitUntil(() => parts(element, 'field-error').length === 4, 'no messages');
        await expectAccessible(element, `errors, ${lang}, ${theme}`);
        await fillValid(element, uniqueEmail(`${lang}-${theme}`), { 'answers.dietary': 'none' });
        await submit(element);
        await waitUntil(() => parts(element, 'outcome').length > 0, 'no outcome');
        await expectAccessible(element, `confirmed, ${lang}, ${theme}`);
      });
    }
  }

  it('says when the event does not exist', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, 'evt_nowhere');
    expect(part(element, 'status-error').textContent!.trim()).to.equal('This event could not be found. It may have been removed.');
    await expectAccessible(element, 'not found');
  });

  it('reserves its space while the event loads', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const wrapper = await mount<HTMLDivElement>(
      html`<div><ngo-event-registration api=${api.baseUrl} key=${KEY} event-id=${WINTER_EXCHANGE}></ngo-event-registration></div>`,
    );
    const element = wrapper.querySelector('ngo-event-registration')!;
    expect(parts(element, 'skeleton')).to.have.length(1);
    expect(said(element)).to.equal('Loading the event…');
    expect(element.getBoundingClientRect().height).to.be.greaterThan(300);
    await expectAccessible(element, 'loading');
  });

  it('keeps the form filled after a server error, and registers on retry', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    const email = uniqueEmail('retry');
    await fillValid(element, email, { 'answers.dietary': 'halal', 'answers.topic': 'Winter coats' });
    await api.setFaults({ failRate: 1 });
    await submit(element);
    await waitUntil(() => parts(element, 'retry').length > 0, 'no error after the server failed');
    expect(part(element, 'status-error').textContent).to.include('What you entered is kept');
    expect(control(element, 'name').value).to.equal('Ada Lovelace');
    expect(control(element, 'email').value).to.equal(email);
    expect(control<HTMLSelectElement>(element, 'answers.dietary').value).to.equal('halal');
    expect(control<HTMLTextAreaElement>(element, 'answers.topic').value).to.equal('Winter coats');
    expect(control(element, 'consent').checked).to.be.true;
    await expectAccessible(element, 'server error');

    await api.setFaults({ failRate: 0 });
    part(element, 'retry').click();
    await waitUntil(() => parts(element, 'outcome').length > 0, 'not registered on retry');
    expect((await mailTo(api.baseUrl, email)).length).to.equal(1);
  });

  it('keeps a registration made offline and sends it exactly once when back online', async () => {
    const api = await startMockApi();
    let online = true;
    const flakyFetch: typeof fetch = (input, init) =>
      online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}>
        <ngo-event-registration lang="en" event-id=${WINTER_EXCHANGE}></ngo-event-registration>
      </ngo-provider>`,
    );
    const element = provider.querySelector('ngo-event-registration')!;
    await waitUntil(() => parts(element, 'form').length > 0, 'the event did not load');
    const before = (await publicEvent(api.baseUrl, WINTER_EXCHANGE)).registeredCount;
    const email = uniqueEmail('offline');
    await fillValid(element, email, { 'answers.dietary': 'none' });

    online = false;
    await submit(element);
    await waitUntil(() => parts(element, 'status-offline').length > 0, 'no offline state');
    expect(said(element)).to.include('kept on this device');
    await expectAccessible(element, 'offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(element, 'outcome').length > 0, 'not sent when back online');
    // the SDK's outbox may send it too, with the same idempotency key: give it the time to
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await publicEvent(api.baseUrl, WINTER_EXCHANGE)).registeredCount).to.equal(before + 1);
    expect((await mailTo(api.baseUrl, email)).length).to.equal(1);
  });

  it('keeps what was typed when the widget comes back (a reload, another visit to the dialog)', async () => {
    const api = await startMockApi();
    const first = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    await set(first, 'name', 'Kept Name');
    await set(first, 'answers.topic', 'Kept topic');
    first.parentElement!.remove();
    const second = await mountRegistration(api.baseUrl, WINTER_EXCHANGE);
    expect(control(second, 'name').value).to.equal('Kept Name');
    expect(control<HTMLTextAreaElement>(second, 'answers.topic').value).to.equal('Kept topic');
    const other = await mountRegistration(api.baseUrl, ONBOARDING);
    expect(control(other, 'name').value, 'another event has a draft of its own').to.equal('');
  });

  it('looks and works the same on a hostile page', async () => {
    const api = await startMockApi();
    const element = await mountRegistration(api.baseUrl, ONBOARDING);
    const removeHostile = applyHostileStyles();
    try {
      expect(part(element, 'submit').checkVisibility()).to.be.true;
      expect(control(element, 'name').checkVisibility()).to.be.true;
      await fillValid(element, uniqueEmail('hostile'));
      await submit(element);
      await waitUntil(() => parts(element, 'outcome').length > 0, 'not registered on the hostile page');
      await expectAccessible(element, 'hostile page');
    } finally {
      removeHostile();
    }
  });

  it('says plainly when the address is already registered, keeping the form', async () => {
    const api = await startMockApi();
    const email = uniqueEmail('twice');
    const first = await mountRegistration(api.baseUrl, ONBOARDING);
    await fillValid(first, email);
    await submit(first);
    await waitUntil(() => parts(first, 'outcome').length > 0);
    first.remove();
    const second = await mountRegistration(api.baseUrl, ONBOARDING);
    await fillValid(second, email);
    await submit(second);
    await waitUntil(() => parts(second, 'status-error').length > 0, 'no error for a second registration');
    expect(part(second, 'status-error').textContent).to.include('already registered');
    expect(control(second, 'email').value).to.equal(email);
  });

  it('registers for an event created through the staff API, online, with a text question', async () => {
    const api = await startMockApi();
    const start = daysAhead(20);
    const id = await createEvent(api.baseUrl, {
      title: 'Test talk',
      summary: '',
      language: 'en',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      timeZone: 'Asia/Tokyo',
      kind: 'online',
      capacity: 1,
      joinUrl: 'https://meet.example.org/test-talk',
      questions: [{ id: 'why', type: 'text', prompt: 'Why?', required: true, maxLength: 10 }],
    });
    const element = await mountRegistration(api.baseUrl, id);
    expect(part(element, 'places').textContent!.trim()).to.equal('1 place left');
    await fillValid(element, uniqueEmail('talk'), { 'answers.why': 'Curious' });
    await submit(element);
    await waitUntil(() => parts(element, 'join').length > 0);
    expect(part(element, 'join').getAttribute('href')).to.equal('https://meet.example.org/test-talk');
  });
});

/** A widget with a Register button, as the list and the calendar have. */
class NgoTestRegistrationHost extends NgoElement {
  /** How the dialog loads the form: as the widgets do, unless a test takes it in hand. */
  static load: RegistrationDialogOptions['load'];
  readonly registration = new RegistrationDialog(this, { load: () => (NgoTestRegistrationHost.load ?? loadRegistrationForm)() });

  protected override renderContent() {
    return html`<button part="open" class="button" type="button" @click=${this.#open}>Register</button>${this.registration.render()}`;
  }

  readonly #open = async (event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    this.registration.open(await this.client.use(EventsResource).retrieve(WINTER_EXCHANGE), opener);
  };
}
customElements.define('ngo-test-registration-host', NgoTestRegistrationHost);

describe('RegistrationDialog', () => {
  it('opens from the Register button by keyboard, holds the registration, closes with Escape and gives focus back', async () => {
    const api = await startMockApi();
    const host = await mount<NgoTestRegistrationHost>(
      html`<ngo-test-registration-host lang="zh-TW" api=${api.baseUrl} key=${KEY}></ngo-test-registration-host>`,
    );
    const open = part(host, 'open');
    open.focus();
    await press('Enter');
    const dialog = () => part(host, 'registration-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog().open, 'the dialog did not open');
    expect(dialog().matches(':modal')).to.be.true;
    expect(host.shadowRoot!.getElementById('registration-dialog-title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '報名：Quarterly exchange meeting: winter',
    );
    // the form is a chunk of its own: the dialog may open before it arrives
    await waitUntil(() => dialog().querySelector('ngo-event-registration'), 'the registration form did not arrive');
    const inner = dialog().querySelector('ngo-event-registration')!;
    expect(inner.getAttribute('event-id')).to.equal(WINTER_EXCHANGE);
    await waitUntil(() => parts(inner, 'form').length > 0, 'the inner registration did not load with the host’s configuration');
    expect(part(inner, 'submit').textContent!.trim()).to.equal('報名');
    expect(deepActiveElement()).to.equal(part(host, 'registration-close'));
    expect(getComputedStyle(dialog()).borderTopStyle, 'the dialog styles are in the host').to.equal('solid');
    // axe measures contrast: not while the dialog fades in
    finishAnimations(dialog());
    await expectAccessible(host, 'dialog open');

    await press('Escape');
    expect(dialog().open).to.be.false;
    expect(deepActiveElement()).to.equal(open);

    await press('Enter');
    await waitUntil(() => dialog().open, 'the dialog did not open again');
    await press('Enter');
    expect(dialog().open, 'the close button did not close it').to.be.false;
    expect(deepActiveElement()).to.equal(open);
  });
});

describe('RegistrationDialog loading the form later', () => {
  afterEach(() => {
    NgoTestRegistrationHost.load = undefined;
  });

  async function openDialog() {
    const api = await startMockApi();
    const host = await mount<NgoTestRegistrationHost>(
      html`<ngo-test-registration-host api=${api.baseUrl} key=${KEY}></ngo-test-registration-host>`,
    );
    part(host, 'open').focus();
    await press('Enter');
    const dialog = part(host, 'registration-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    return { host, dialog };
  }

  it('shows a placeholder in the open dialog until the form’s code has loaded, then the form', async () => {
    let release: (() => void) | undefined;
    NgoTestRegistrationHost.load = () => new Promise<void>((resolve) => (release = resolve));
    const { host, dialog } = await openDialog();
    const placeholder = dialog.querySelector('[part~="skeleton"]')!;
    expect(placeholder.getAttribute('aria-label')).to.equal('Loading the registration form');
    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(dialog.querySelector('ngo-event-registration')).to.equal(null);
    expect(deepActiveElement()).to.equal(part(host, 'registration-close'));

    release!();
    await waitUntil(() => dialog.querySelector('ngo-event-registration'), 'the form did not come');
    const inner = dialog.querySelector('ngo-event-registration')!;
    await waitUntil(() => parts(inner, 'form').length > 0, 'the form did not load its event');
    expect(dialog.querySelector('[part~="skeleton"]')).to.equal(null);
  });

  it('says so when the form’s code cannot be loaded, and its retry loads it', async () => {
    let reachable = false;
    let attempts = 0;
    NgoTestRegistrationHost.load = async () => {
      attempts++;
      if (!reachable) throw new TypeError('Failed to fetch dynamically imported module');
    };
    const { host, dialog } = await openDialog();
    await waitUntil(() => dialog.querySelector('[part~="retry"]'), 'no retry');
    const error = dialog.querySelector('[part~="status-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.querySelector('p')!.textContent).to.equal('We could not reach the service. Check your connection and try again.');
    expect(dialog.querySelector('ngo-event-registration')).to.equal(null);
    finishAnimations(dialog);
    await expectAccessible(host, 'the form could not be loaded');

    const before = attempts;
    dialog.querySelector<HTMLElement>('[part~="retry"]')!.click();
    await waitUntil(() => attempts === before + 1 && dialog.querySelector('[part~="retry"]'), 'the retry did not try again');
    expect(dialog.querySelector('ngo-event-registration')).to.equal(null);

    reachable = true;
    dialog.querySelector<HTMLElement>('[part~="retry"]')!.click();
    await waitUntil(() => dialog.querySelector('ngo-event-registration'), 'the retry did not load the form');
    expect(attempts).to.equal(before + 2);
    expect(dialog.querySelector('[part~="status-error"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(part(host, 'registration-close'));
    const inner = dialog.querySelector('ngo-event-registration')!;
    await waitUntil(() => parts(inner, 'form').length > 0, 'the form did not load its event');
  });
});

describe('RegistrationDialog back online', () => {
  afterEach(() => {
    NgoTestRegistrationHost.load = undefined;
  });

  it('loads the form by itself when the browser is back online', async () => {
    let reachable = false;
    NgoTestRegistrationHost.load = async () => {
      if (!reachable) throw new TypeError('Failed to fetch dynamically imported module');
    };
    const api = await startMockApi();
    const host = await mount<NgoTestRegistrationHost>(
      html`<ngo-test-registration-host api=${api.baseUrl} key=${KEY}></ngo-test-registration-host>`,
    );
    part(host, 'open').click();
    const dialog = part(host, 'registration-dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.querySelector('[part~="status-error"]'), 'no error');

    reachable = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => dialog.querySelector('ngo-event-registration'), 'the form did not come back online');
    expect(dialog.querySelector('[part~="status-error"]')).to.equal(null);
  });
});

describe('<ngo-event-registration> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(eventRegistrationMessages)).to.deep.equal([]);
    expect(await catalogProblems(registrationDialogMessages)).to.deep.equal([]);
  });
});
