import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../event-registration.js';
import type { NgoEventRegistration } from './ngo-event-registration.js';
import { toolbarStories } from '../shared/toolbar-stories.js';

type RegistrationArgs = Pick<NgoEventRegistration, 'eventId'> & Partial<Pick<NgoEventRegistration, 'lang' | 'theme'>>;

/** Events of the demo seed (docs/demo-data.md) that show one state each. */
const EVENTS = {
  /** Hybrid, in Berlin, places left, a required choice and an optional text question. */
  winterExchange: 'evt_000027',
  /** Full, with 6 on the waiting list. */
  clothingDrive: 'evt_000024',
  /** Registration closed on 20 November. */
  christmasMarket: 'evt_000025',
  /** Cancelled. */
  holidayCards: 'evt_000026',
  /** Online, unlimited places: the join link comes with the confirmation. */
  onboarding: 'evt_000029',
} as const;

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` every story is wrapped in; the toolbar switches language,
 * theme and what the mock API does (slow, failing, empty, offline). The
 * stories below fix an event or a scenario to show one state; the outcome
 * stories fill the form and send it.
 */
const meta = {
  title: 'Widgets/Event registration',
  component: 'ngo-event-registration',
  args: { eventId: EVENTS.winterExchange },
  argTypes: {
    eventId: { control: 'select', options: Object.values(EVENTS) },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ eventId, lang, theme }) =>
    html`<ngo-event-registration event-id=${ifDefined(eventId)} lang=${ifDefined(lang)} theme=${ifDefined(theme)}></ngo-event-registration>`,
} satisfies Meta<RegistrationArgs>;

export default meta;

type Story = StoryObj<RegistrationArgs>;

/** What `find` finds, once the widget has rendered it. */
async function rendered<T>(find: () => T | null | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The story's widget and its form, once the event has loaded. */
async function formOf(canvas: HTMLElement) {
  const element = await rendered(() => canvas.querySelector('ngo-event-registration'));
  const root = await rendered(() => element.shadowRoot);
  await rendered(() => root.querySelector('form'));
  const submit = await rendered(() => root.querySelector<HTMLButtonElement>('[part~="submit"]'));
  return { element, root, submit };
}

/** Fills the form in as a person would, and sends it. */
async function register(canvas: HTMLElement, answers: Record<string, string> = {}): Promise<void> {
  const { element, root, submit } = await formOf(canvas);
  const values: Record<string, string | boolean> = {
    name: 'Ada Lovelace',
    email: `ada.${Date.now()}@example.org`,
    ...answers,
    consent: true,
  };
  for (const [name, value] of Object.entries(values)) {
    const control = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`);
    if (!control) continue;
    if (control instanceof HTMLInputElement && typeof value === 'boolean') {
      control.checked = value;
      control.dispatchEvent(new Event('change'));
    } else {
      control.value = String(value);
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    }
  }
  await element.updateComplete;
  submit.click();
}

/** The form, with the event's own questions. */
export const Default: Story = {};

/** The answer takes two seconds, so the placeholder shows first, in the space the form will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

export const EventNotFound: Story = {
  args: { eventId: 'evt_nowhere' },
};

/** Every place is taken: registering still works and joins the waiting list. */
export const FullEvent: Story = {
  args: { eventId: EVENTS.clothingDrive },
};

/** Past the registration deadline. */
export const RegistrationClosed: Story = {
  args: { eventId: EVENTS.christmasMarket },
};

export const CancelledEvent: Story = {
  args: { eventId: EVENTS.holidayCards },
};

/** Sent empty: a message next to every field that needs one, and the count announced. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const { submit } = await formOf(canvasElement);
    submit.click();
  },
};

/** Registered for the winter exchange meeting: confirmed, with calendar file, cancellation and join links. */
export const Confirmed: Story = {
  play: ({ canvasElement }) => register(canvasElement, { 'answers.dietary': 'vegetarian' }),
};

/** Registered for a full event: "You are on the waiting list, number 7". */
export const Waitlisted: Story = {
  args: { eventId: EVENTS.clothingDrive },
  play: ({ canvasElement }) => register(canvasElement),
};

/** An online event: the join link appears only once registered. */
export const OnlineConfirmed: Story = {
  args: { eventId: EVENTS.onboarding },
  play: ({ canvasElement }) => register(canvasElement),
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = toolbarStories.serverError;

/** No network: the error says so, and the widget loads by itself when the browser is back online. */
export const Offline: Story = toolbarStories.offline;

/** The widget takes its language from the nearest `lang` on the page. */
export const Chinese: Story = toolbarStories.chinese;

export const TraditionalChinese: Story = toolbarStories.traditionalChinese;

export const Dark: Story = toolbarStories.dark;
