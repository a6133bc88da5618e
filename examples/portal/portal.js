// A member portal built with @ngo-kit/sdk alone: sign in with a mailed code,
// then my points, rewards (with redemption), certificates, registrations and suggestions.
// Everything the API sends is put into the page as text (textContent), never as markup.
import { createClient, isNgoApiError, isNgoNetworkError } from '@ngo-kit/sdk';

const TOKEN_KEY = 'ngo-portal:member-token';
const client = createClient({
  baseUrl: new URL('/', location.href).href,
  publishableKey: 'pk_demo',
  memberToken: sessionStorage.getItem(TOKEN_KEY),
});

const $ = (id) => document.getElementById(id);
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const numbers = new Intl.NumberFormat('en');

/** Says something to everyone, screen readers included. */
function announce(text) {
  $('status').textContent = text;
}

/** A sentence for an error of the SDK. */
function describe(error) {
  if (isNgoNetworkError(error)) return 'We could not reach the service. Check your connection and try again.';
  if (isNgoApiError(error)) return error.message;
  return 'Something went wrong. Please try again.';
}

/** Shows (or, with an empty text, hides) the message next to a field, and marks the field. */
function fieldError(input, text) {
  const message = $(`${input.id}-error`);
  message.textContent = text;
  message.hidden = !text;
  input.setAttribute('aria-invalid', text ? 'true' : 'false');
  if (text) input.focus();
}

function item(...parts) {
  const li = document.createElement('li');
  li.append(...parts);
  return li;
}

function button(label, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

// --- signing in ----------------------------------------------------------

$('email-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('email');
  if (!input.checkValidity()) return fieldError(input, 'Enter your e-mail address, such as name@example.org.');
  fieldError(input, '');
  try {
    await client.sessions.requestLink({ email: input.value });
    // Demo only: the mock server keeps the e-mails it would have sent.
    const mail = await (await fetch(`/__mock/mail?to=${encodeURIComponent(input.value)}`)).json();
    const latest = mail.items.find((message) => message.kind === 'sign_in');
    $('demo-mail').textContent = latest ? `${latest.subject}\n\n${latest.text}` : 'No e-mail: this address has no active membership.';
    $('code-form').hidden = false;
    $('code').focus();
    announce('If this address belongs to a member, a sign-in code is on its way.');
  } catch (error) {
    fieldError(input, isNgoApiError(error) && error.fieldErrors?.email ? error.fieldErrors.email.join(' ') : describe(error));
  }
});

$('code-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('code');
  if (!input.value.trim()) return fieldError(input, 'Enter the code from the e-mail.');
  try {
    const session = await client.sessions.create({ email: $('email').value, token: input.value.trim() });
    client.setMemberToken(session.token);
    sessionStorage.setItem(TOKEN_KEY, session.token);
    fieldError(input, '');
    await showPortal();
  } catch (error) {
    fieldError(input, describe(error));
  }
});

$('sign-out').addEventListener('click', () => {
  client.setMemberToken(null);
  sessionStorage.removeItem(TOKEN_KEY);
  $('portal').hidden = true;
  $('sign-in').hidden = false;
  $('code-form').hidden = true;
  announce('You are signed out.');
  $('email').focus();
});

// --- the portal ----------------------------------------------------------

async function showPortal() {
  const me = await client.me.retrieve();
  $('welcome').textContent = `Signed in as ${me.name}.`;
  $('sign-in').hidden = true;
  $('portal').hidden = false;
  await Promise.all([showPoints(), showCertificates(), showRegistrations(), showSuggestions()]);
  announce(`Welcome back, ${me.name}.`);
}

async function showPoints() {
  const [points, ledger, rewards] = await Promise.all([
    client.points.balance(),
    client.points.ledger({ limit: 8 }),
    client.rewards.list({ limit: 20 }),
  ]);
  const next = points.nextTier ? ` · ${numbers.format(points.nextTier.pointsNeeded)} more to ${points.nextTier.tier}` : '';
  $('balance').textContent = `${numbers.format(points.balance)} points · ${points.tier} tier${next}`;
  $('ledger').replaceChildren(
    ...ledger.items.map((entry) =>
      item(`${dates.format(entry.at)}: ${entry.amount > 0 ? '+' : ''}${numbers.format(entry.amount)} · ${entry.reason}`),
    ),
  );
  $('rewards').replaceChildren(
    ...rewards.items.map((reward) => {
      const soldOut = reward.stock === 0;
      const short = reward.cost > points.balance;
      const label = `${reward.title} · ${numbers.format(reward.cost)} points${soldOut ? ' · out of stock' : ''}`;
      const redeem = button(`Redeem ${reward.title}`, () => redeemReward(reward));
      redeem.disabled = soldOut || short;
      const why = short && !soldOut ? ` (you need ${numbers.format(reward.cost - points.balance)} more points)` : '';
      return item(`${label}${why} `, redeem);
    }),
  );
}

async function redeemReward(reward) {
  if (!confirm(`Spend ${reward.cost} points on “${reward.title}”?`)) return;
  try {
    await client.rewards.redeem(reward.id);
    await showPoints();
    announce(`Redeemed: ${reward.title}. ${$('balance').textContent}`);
  } catch (error) {
    announce(isNgoNetworkError(error) && error.outboxId ? 'You are offline: the redemption is kept and will be sent once, when you are back online.' : describe(error));
  }
}

async function showCertificates() {
  const { items } = await client.certificates.list();
  if (items.length === 0) return $('certificates').replaceChildren(item('No certificates yet: they come with volunteer hours.'));
  $('certificates').replaceChildren(
    ...items.map((certificate) =>
      item(
        `${certificate.period}: ${certificate.hoursServed} hours served `,
        button(`Download the ${certificate.period} certificate (SVG)`, async () => {
          const svg = await client.certificates.svg(certificate.id);
          const link = document.createElement('a');
          link.href = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
          link.download = `certificate-${certificate.period}.svg`;
          link.click();
          URL.revokeObjectURL(link.href);
        }),
      ),
    ),
  );
}

async function showRegistrations() {
  const { items } = await client.me.registrations({ limit: 20 });
  if (items.length === 0) return $('registrations').replaceChildren(item('No registrations yet.'));
  const rows = await Promise.all(
    items.map(async (registration) => {
      const event = await client.events.retrieve(registration.eventId).catch(() => null);
      const status =
        registration.status === 'waitlisted' ? `waiting list, number ${registration.waitlistPosition}` : registration.status;
      const title = event ? `${event.title}, ${dates.format(event.startsAt)}` : registration.eventId;
      return item(`${title} · ${status}`);
    }),
  );
  $('registrations').replaceChildren(...rows);
}

const SUGGESTIONS_PAGE = 5;
const STATUS_LABELS = { new: 'New', under_review: 'Under review', planned: 'Planned', done: 'Done', declined: 'Declined' };
let suggestionsCursor = null;

function suggestionItem(suggestion) {
  const title = document.createElement('strong');
  title.textContent = suggestion.title;
  const votes = `${numbers.format(suggestion.votes)} ${suggestion.votes === 1 ? 'vote' : 'votes'}`;
  // `listed: false` also covers one a moderator hid; to its author it is still not public
  const status = suggestion.listed ? STATUS_LABELS[suggestion.status] ?? suggestion.status : 'Waiting for moderation';
  const facts = document.createElement('span');
  facts.className = 'facts';
  facts.textContent = ` · ${status} · ${votes} · sent ${dates.format(suggestion.createdAt)}`;
  const li = item(title, facts);
  if (suggestion.staffReply) {
    const reply = document.createElement('p');
    reply.className = 'reply';
    reply.textContent = `Our reply: ${suggestion.staffReply}`;
    li.append(reply);
  }
  return li;
}

/** The member's own suggestions, a page at a time: the first page, or with `more` the next one. */
async function showSuggestions({ more = false } = {}) {
  const list = $('suggestions');
  const state = $('suggestions-state');
  $('suggestions-more').hidden = true;
  $('suggestions-retry').hidden = true;
  if (!more) list.replaceChildren();
  list.setAttribute('aria-busy', 'true');
  state.textContent = more ? 'Loading more suggestions…' : 'Loading your suggestions…';
  try {
    const page = await client.suggestions.mine({ limit: SUGGESTIONS_PAGE, cursor: more ? suggestionsCursor : undefined });
    suggestionsCursor = page.nextCursor;
    const items = page.items.map(suggestionItem);
    list.append(...items);
    // the button just pressed may be gone: keep keyboard users where the new suggestions start
    if (more && items[0]) {
      items[0].tabIndex = -1;
      items[0].focus();
    }
    state.textContent =
      list.children.length === 0 ? 'You have not sent a suggestion while signed in yet. The suggestion box is on our website.' : '';
    $('suggestions-more').hidden = page.nextCursor === null;
  } catch (error) {
    state.textContent = `Your suggestions could not be loaded. ${describe(error)}`;
    $('suggestions-retry').hidden = false;
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

$('suggestions-more').addEventListener('click', () => showSuggestions({ more: true }));
$('suggestions-retry').addEventListener('click', async () => {
  await showSuggestions();
  if ($('suggestions-retry').hidden) $('suggestions-title').focus();
});

if (sessionStorage.getItem(TOKEN_KEY)) {
  showPortal().catch((error) => {
    sessionStorage.removeItem(TOKEN_KEY);
    client.setMemberToken(null);
    announce(isNgoApiError(error) && error.status === 401 ? 'Your session has ended: please sign in again.' : describe(error));
  });
}
