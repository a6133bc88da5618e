import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const plugin = fileURLToPath(new URL('../ngo-kit/', import.meta.url));

interface Job {
  settings?: Record<string, string>;
  scriptModules?: boolean;
  content?: string;
  render?: ({ shortcode: string; atts: Record<string | number, string> | '' } | { block: Record<string, unknown> })[];
  sanitize?: Record<string, string>;
  memberToken?: string;
}

interface Outcome {
  shortcodes: string[];
  rendered: (string | null)[];
  enqueued: [kind: string, handle: string, src: string][];
  scriptTags: string[];
  sanitized: Record<string, string> | null;
  errors: string[];
  widgets: Record<string, { title: string; attributes: string[] }>;
}

/** Runs the plugin in PHP with WordPress stubbed (ngo-kit/tests/harness.php). */
function run(job: Job): Outcome {
  const output = execFileSync('php', [join(plugin, 'tests/harness.php')], { input: JSON.stringify(job), encoding: 'utf8' });
  return JSON.parse(output) as Outcome;
}

const SETTINGS = { api: 'https://api.example.org', key: 'pk_live_123', lang: 'zh-CN' };

function phpFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the WordPress plugin', () => {
  it('lints with php -l, file by file', () => {
    const files = phpFiles(plugin);
    assert.ok(files.length >= 8, 'the plugin has its PHP files');
    for (const file of files) {
      assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/, file);
    }
  });

  it('declares a GPL-compatible licence and its WordPress versions', () => {
    const header = readFileSync(join(plugin, 'ngo-kit.php'), 'utf8');
    assert.match(header, /License:\s+GPL-2\.0-or-later/);
    assert.match(header, /Requires at least:\s+6\.1/);
    assert.match(readFileSync(join(plugin, 'readme.txt'), 'utf8'), /^=== ngo-kit ===/);
  });

  it('has a shortcode per widget that writes the widget with the site settings and escaped attributes', () => {
    const outcome = run({
      settings: SETTINGS,
      scriptModules: true,
      render: [
        { shortcode: 'ngo_event_list', atts: { kind: 'offline', limit: '5' } },
        { shortcode: 'ngo_event_list', atts: { tag: '"><script>alert(1)</script>', onclick: 'alert(1)', style: 'display:none' } },
        { shortcode: 'ngo_newsletter_signup', atts: { 0: 'show_archive', lang: 'en' } },
        { shortcode: 'ngo_event_registration', atts: { event_id: 'evt_000123' } },
        { shortcode: 'ngo_kpi_dashboard', atts: '' },
      ],
    });
    assert.deepEqual(
      outcome.shortcodes,
      Object.keys(outcome.widgets).map((widget) => `ngo_${widget.replaceAll('-', '_')}`),
    );
    assert.deepEqual(outcome.rendered, [
      '<ngo-event-list api="https://api.example.org" key="pk_live_123" lang="zh-CN" kind="offline" limit="5"></ngo-event-list>',
      '<ngo-event-list api="https://api.example.org" key="pk_live_123" lang="zh-CN" tag="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></ngo-event-list>',
      '<ngo-newsletter-signup api="https://api.example.org" key="pk_live_123" lang="en" show-archive></ngo-newsletter-signup>',
      '<ngo-event-registration api="https://api.example.org" key="pk_live_123" lang="zh-CN" event-id="evt_000123"></ngo-event-registration>',
      '<ngo-kpi-dashboard api="https://api.example.org" key="pk_live_123" lang="zh-CN"></ngo-kpi-dashboard>',
    ]);
  });

  it('renders its block on the server like the shortcode, in the block wrapper', () => {
    const outcome = run({
      settings: SETTINGS,
      scriptModules: true,
      render: [
        { block: { widget: 'donor-wall', options: { 'group-by': 'tier', 'show-amounts': true, 'data-x': 'no' } } },
        { block: { widget: 'not-a-widget', options: {} } },
      ],
    });
    assert.deepEqual(outcome.rendered, [
      '<div class="wp-block-ngo-kit-widget"><ngo-donor-wall api="https://api.example.org" key="pk_live_123" lang="zh-CN" group-by="tier" show-amounts></ngo-donor-wall></div>',
      '',
    ]);
  });

  it('enqueues a widget’s module only on pages that show it, once, as a script module on WordPress 6.5+', () => {
    const none = run({ settings: SETTINGS, scriptModules: true, content: '<p>No widgets here.</p>' });
    assert.deepEqual(none.enqueued, []);
    const page = run({
      settings: SETTINGS,
      scriptModules: true,
      content: '<p>Hi</p>[ngo_event_calendar]<!-- wp:ngo-kit/widget {"widget":"donor-wall"} /-->',
      render: [{ shortcode: 'ngo_event_calendar', atts: '' }],
    });
    const base = 'https://site.example/wp-content/plugins/ngo-kit/assets/';
    assert.deepEqual(page.enqueued, [
      ['module', 'ngo-kit-event-calendar', `${base}event-calendar.min.js`],
      ['module', 'ngo-kit-donor-wall', `${base}donor-wall.min.js`],
    ]);
  });

  it('falls back on WordPress 6.1–6.4 to a classic script printed as a module, from the configured CDN', () => {
    const outcome = run({
      settings: { ...SETTINGS, script_base: 'https://cdn.example.org/ngo-kit/' },
      scriptModules: false,
      render: [{ shortcode: 'ngo_suggestion_box', atts: '' }],
    });
    assert.deepEqual(outcome.scriptTags, [
      '<script type="module" src="https://cdn.example.org/ngo-kit/suggestion-box.min.js" id="ngo-kit-suggestion-box-js"></script>\n',
    ]);
  });

  it('refuses a secret key and a javascript: address in its settings', () => {
    const outcome = run({
      settings: SETTINGS,
      sanitize: { api: 'javascript:alert(1)', key: 'sk_live_999', lang: 'fr', script_base: 'https://cdn.example.org/x' },
    });
    assert.deepEqual(outcome.sanitized, { api: '', key: 'pk_live_123', lang: '', script_base: 'https://cdn.example.org/x/' });
    assert.deepEqual(outcome.errors, ['ngo-kit-secret-key']);
  });

  it('gives a member token from the ngo_kit_member_token filter', () => {
    const outcome = run({ settings: SETTINGS, memberToken: 'mt_abc', render: [{ shortcode: 'ngo_points_badge', atts: { variant: 'compact' } }] });
    assert.match(outcome.rendered[0] ?? '', /^<ngo-points-badge [^>]*variant="compact" member-token="mt_abc"><\/ngo-points-badge>$/);
  });

  it('offers every widget of custom-elements.json with its attributes, except those a page must not get from an author', () => {
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../../packages/widgets/custom-elements.json', import.meta.url)), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    // From the settings or a filter, never from post content: the site's credentials, and the staff token
    // (a staff page's server adds it); `now` only fixes the calendar's clock in tests.
    const NOT_FROM_AUTHORS = new Set(['api', 'key', 'member-token', 'staff-token', 'now']);
    const expected = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName && declaration.tagName !== 'ngo-provider')
        .map((declaration) => [
          declaration.tagName!.slice('ngo-'.length),
          (declaration.attributes ?? []).map((attribute) => attribute.name).filter((name) => !NOT_FROM_AUTHORS.has(name)).sort(),
        ]),
    );
    const { widgets } = run({ settings: SETTINGS });
    const offered = Object.fromEntries(Object.entries(widgets).map(([name, widget]) => [name, [...widget.attributes].sort()]));
    assert.deepEqual(offered, expected);
  });

  it('builds: the widgets’ files land in the plugin’s assets (needs pnpm build)', () => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../build.mjs', import.meta.url))], { encoding: 'utf8' });
    const assets = join(plugin, 'assets');
    assert.ok(existsSync(join(assets, 'event-list.min.js')));
    assert.ok(existsSync(join(assets, 'ngo-kit.min.js')));
    assert.ok(readdirSync(join(assets, 'chunks')).length > 0);
  });
});
