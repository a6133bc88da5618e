import type { Operation, Operations } from '../../operation.js';
import { pageResponse } from '../../pagination.js';
import { json, problem } from '../../problems.js';
import { presentRegistration } from '../events/present.js';
import { respond, writeAndPresent } from '../outcome.js';
import { presentMe, presentMember } from './present.js';
import { createSession, requestSignIn } from './sessions.js';
import { confirmEmail, signUp } from './signup.js';

const signUpOperation: Operation<'signUp'> = ({ body, store, now, secret }) => {
  const secrets = { confirmationToken: secret('mc'), newsletterConfirmationToken: secret('nc'), unsubscribeToken: secret('nu') };
  const outcome = writeAndPresent(store, (data) => signUp(data, body, now, secrets), (_data, member) => presentMember(member));
  return respond(outcome, { status: 201 });
};

const confirmEmailOperation: Operation<'confirmEmail'> = ({ body, store, now }) => {
  const outcome = writeAndPresent(store, (data) => confirmEmail(data, body.token, now), (_data, member) => presentMember(member));
  return respond(outcome);
};

const requestSignInLink: Operation<'requestSignInLink'> = ({ body, store, now, secret }) => {
  const token = secret('si');
  store.write((data) => requestSignIn(data, body.email, now, token));
  return new Response(null, { status: 202, headers: { 'cache-control': 'no-store' } });
};

const createSessionOperation: Operation<'createSession'> = ({ body, store, now, secret }) => {
  const sessionToken = secret('mt');
  const outcome = writeAndPresent(
    store,
    (data) => createSession(data, body, now, sessionToken),
    (data, { session, member }) => ({ token: session.token, expiresAt: session.expiresAt, member: presentMe(data, member) }),
  );
  return respond(outcome, { status: 201 });
};

const getMe: Operation<'getMe'> = ({ caller, store }) => {
  const data = store.read();
  const member = caller.kind === 'member' ? data.members.find((candidate) => candidate.id === caller.memberId) : undefined;
  return member ? json(presentMe(data, member)) : problem('unauthorized', { message: 'This session has no member; sign in again.' });
};

const listMyRegistrations: Operation<'listMyRegistrations'> = ({ caller, query, store, origin }) => {
  const data = store.read();
  const memberId = caller.kind === 'member' ? caller.memberId : undefined;
  const startOf = (eventId: string) => Date.parse(data.events.find((event) => event.id === eventId)?.startsAt ?? '') || 0;
  const mine = data.registrations
    .filter((registration) => registration.memberId === memberId)
    .sort((a, b) => startOf(a.eventId) - startOf(b.eventId) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
  return pageResponse(mine, query, (registration) => presentRegistration(data, registration, origin));
};

export const memberOperations = {
  signUp: signUpOperation,
  confirmEmail: confirmEmailOperation,
  requestSignInLink,
  createSession: createSessionOperation,
  getMe,
  listMyRegistrations,
} satisfies Partial<Operations>;
