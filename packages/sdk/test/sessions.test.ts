import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@ngo-kit/sdk';
import { adaLovelace, BASE_URL, mockApi } from './support.js';

describe('signing in to the member portal', () => {
  it('requests a link (202, no body), signs in with the mailed token and reads the profile', async () => {
    const api = mockApi();
    api.store.write((data) => {
      data.members.push(adaLovelace());
    });
    const client = createClient({ baseUrl: BASE_URL, publishableKey: 'pk_test', fetch: api.fetch });

    assert.equal(await client.sessions.requestLink({ email: 'ada@example.org' }), undefined);
    const mailed = api.store.read().mail.find((mail) => mail.to === 'ada@example.org' && mail.kind === 'sign_in');
    assert.ok(mailed?.token, 'a sign-in token was mailed');

    const session = await client.sessions.create({ email: 'ada@example.org', token: mailed.token });
    assert.ok(session.expiresAt instanceof Date);
    client.setMemberToken(session.token);
    const me = await client.me.retrieve();
    assert.equal(me.name, 'Ada Lovelace');
    assert.equal(me.tier, 'bronze');
  });
});
