import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../kpi-dashboard.js';
import type { NgoKpiDashboard } from './ngo-kpi-dashboard.js';

type KpiDashboardArgs = Pick<NgoKpiDashboard, 'year'> &
  Partial<Pick<NgoKpiDashboard, 'quarter' | 'staffToken' | 'lang' | 'theme'>>;

/** The demo's staff token (Mei Chen), as the organisation's own sign-in would put it into a staff member's page. */
const STAFF_TOKEN = 'st_demo_staff';

/**
 * The data comes from the mock server running in the page, through the
 * `<ngo-provider>` (with the publishable key `pk_demo`) every story is wrapped
 * in; the toolbar switches language, theme and what the mock API does. The
 * demo organisation publishes member growth, participation and satisfaction;
 * a staff token shows all four KPIs and the events.
 */
const meta = {
  title: 'Widgets/KPI dashboard',
  component: 'ngo-kpi-dashboard',
  args: { year: 2026 },
  argTypes: {
    year: { control: { type: 'number', min: 2020, max: 2030 } },
    quarter: { control: 'select', options: [undefined, 1, 2, 3, 4] },
    staffToken: { control: 'text' },
    lang: { control: 'select', options: [undefined, 'en', 'zh-CN', 'zh-TW'] },
    theme: { control: 'inline-radio', options: [undefined, 'auto', 'light', 'dark'] },
  },
  render: ({ year, quarter, staffToken, lang, theme }) => html`
    <ngo-kpi-dashboard
      year=${year}
      quarter=${ifDefined(quarter)}
      staff-token=${ifDefined(staffToken)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
    ></ngo-kpi-dashboard>
  `,
} satisfies Meta<KpiDashboardArgs>;

export default meta;

type Story = StoryObj<KpiDashboardArgs>;

/** What a visitor sees with the publishable key: the three KPIs the organisation publishes. */
export const Published: Story = {};

/** A staff member's view: all four KPIs, which of them are published, NPS and participation per event, sortable. */
export const Staff: Story = {
  args: { staffToken: STAFF_TOKEN },
};

export const StaffQuarter: Story = {
  args: { staffToken: STAFF_TOKEN, quarter: 3 },
};

/** The answer takes two seconds: placeholders hold the space the figures will take. */
export const Loading: Story = {
  globals: { scenario: 'slow' },
};

/** A period that has not begun has no figures yet. */
export const EmptyPeriod: Story = {
  args: { staffToken: STAFF_TOKEN, year: 2027, quarter: 2 },
};

/** An organisation that has published nothing: a visitor is told why there is nothing to see. */
export const NothingPublished: Story = {
  globals: { scenario: 'empty' },
};

/** A staff token that has expired (or was never issued): the staff member is asked to sign in again. */
export const StaffSignInExpired: Story = {
  args: { staffToken: 'st_expired_long_ago' },
};

/** A secret key put where the staff token goes is never sent; the dashboard says why it shows nothing. */
export const SecretKeyRefused: Story = {
  args: { staffToken: 'sk_demo' },
};

/** Every request fails with a 500, after the SDK's retries. */
export const ServerError: Story = {
  globals: { scenario: 'failing' },
};

/** No network: the dashboard says so, and loads by itself when the browser is back online. */
export const Offline: Story = {
  globals: { scenario: 'offline' },
};

export const Chinese: Story = {
  args: { staffToken: STAFF_TOKEN },
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
};

export const Dark: Story = {
  args: { staffToken: STAFF_TOKEN },
  globals: { theme: 'dark' },
};
