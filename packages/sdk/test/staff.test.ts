import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAdminClient, createClient, isNgoApiError } from '@ngo-kit/sdk';
import { BASE_URL, mockApi } from './support.js';

function clients() {
  const api = mockApi();
  const options = { baseUrl: BASE_URL, fetch: api.fetch } as const;
  return { api, options, admin: createAdminClient({ ...options, secretKey: 'sk_test' }) };
}

describe('staff sessions and the published KPIs', () => {
  it('a staff token from the admin client reads the staff view of the KPIs through a page client', async () => {
    const { admin, options } = clients();
    const session = await admin.staffSessions.create({ name: 'Mei Chen', expiresInMinutes: 120 });
    assert.match(session.token, /^st_/);
    assert.ok(session.expiresAt instanceof Date);
    assert.equal(session.expiresAt.toISOString(), '2026-11-23T11:00:00.000Z');

    // A staff token stands where a page's publishable key stands: the page's client sends it as its bearer credential.
    const page = createClient({ ...options, publishableKey: session.token });
    const report = await page.metrics.kpis({ period: '2026' });
    assert.equal(report.access, 'staff');
    assert.equal(report.kpis.length, 4);
    assert.ok(report.events);
    assert.equal(report.events.length, 5);
  });

  it('a publishable key sees what admin.metrics.publish chose, and its own cache does not hide the change from staff', async () => {
    const { admin, options } = clients();
    const visitor = createClient({ ...options, publishableKey: 'pk_test', cache: false });
    assert.deepEqual((await visitor.metrics.kpis({ period: '2026' })).kpis, []);
    assert.deepEqual((await admin.metrics.kpis({ period: '2026' })).kpis.filter((kpi) => kpi.public), []);

    assert.deepEqual(await admin.metrics.publish({ kpis: ['satisfaction', 'member_growth'] }), { kpis: ['member_growth', 'satisfaction'] });
    const seen = await visitor.metrics.kpis({ period: '2026' });
    assert.equal(seen.access, 'public');
    assert.deepEqual(seen.kpis.map((kpi) => kpi.id), ['member_growth', 'satisfaction']);
    assert.equal(seen.events, undefined);
    const staffView = await admin.metrics.kpis({ period: '2026' });
    assert.deepEqual(staffView.kpis.filter((kpi) => kpi.public).map((kpi) => kpi.id), ['member_growth', 'satisfaction']);
  });

  it('refuses a publication naming a KPI twice before sending it', async () => {
    const { admin, api } = clients();
    await assert.rejects(admin.metrics.publish({ kpis: ['satisfaction', 'satisfaction'] }), /Name each KPI once/);
    assert.equal(api.seen.length, 0);
  });

  it('an expired staff token is a 401 the page can explain', async () => {
    let now = new Date('2026-11-23T09:00:00Z');
    const api = mockApi({ now: () => now });
    const options = { baseUrl: BASE_URL, fetch: api.fetch, cache: false } as const;
    const admin = createAdminClient({ ...options, secretKey: 'sk_test' });
    const { token } = await admin.staffSessions.create({ name: 'Mei Chen', expiresInMinutes: 5 });
    now = new Date('2026-11-23T09:06:00Z');
    const page = createClient({ ...options, publishableKey: token });
    await assert.rejects(page.metrics.kpis({ period: '2026' }), (error: unknown) => isNgoApiError(error) && error.code === 'unauthorized');
  });

  it('a page may hold a staff token, never a secret key', () => {
    const global = globalThis as { window?: unknown };
    global.window = {};
    try {
      assert.ok(createClient({ baseUrl: BASE_URL, publishableKey: 'st_from_the_server' }).metrics);
      assert.throws(() => createClient({ baseUrl: BASE_URL, publishableKey: 'sk_test' }), /secret key/);
    } finally {
      delete global.window;
    }
  });
});
