import type { Answers } from './answers.js';

/** What is kept of a survey being answered, so that a reload resumes on the same page. */
export interface SurveyDraft {
  answers: Answers;
  /** The page a person was on, with one question per page. */
  page: number;
  /** Set while the submission waits for the network: it is sent again with this key, so it is applied once. */
  queuedKey?: string | undefined;
}

/** Remembered after a response was taken: when (`null` when the API refused a second one and did not say). */
export interface AnsweredMarker {
  at: string | null;
}

/**
 * Storage can be missing, full or forbidden (private modes, sandboxed
 * frames); the survey then still works, it only forgets sooner.
 */
export function read<T>(storage: () => Storage, key: string): T | undefined {
  try {
    return (JSON.parse(storage().getItem(key) ?? 'null') as T | null) ?? undefined;
  } catch {
    return undefined;
  }
}

export function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    if (value === undefined) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
  } catch {
    // Nothing is kept, then.
  }
}

const session = () => sessionStorage;
export const local = (): Storage => localStorage;

/** A short stand-in for a member token, so that the token itself is never written to storage. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/**
 * Whether a response to a survey of `api` (of `surveyId`, when it is known) waits in a draft for the
 * network, with its key: the survey can then say so even when it cannot load (a reload while offline).
 */
export function hasKeptResponse(api: string, surveyId: string | undefined): boolean {
  const prefix = `ngo-kit:survey-draft:${api}:`;
  let keys: string[];
  try {
    keys = surveyId ? [prefix + surveyId] : Object.keys(sessionStorage).filter((key) => key.startsWith(prefix));
  } catch {
    return false;
  }
  return keys.some((key) => read<SurveyDraft>(session, key)?.queuedKey !== undefined);
}

/**
 * Where one person's answers to one survey of one API are kept. The draft
 * lives in `sessionStorage`: it survives a reload and dies with the tab, so
 * answers do not outlive a visit on a shared computer. Whether the survey was
 * answered lives in `localStorage` (beside the browser's respondent token,
 * `respondent-token.ts`): the API takes one response per member or browser,
 * and the widget says so before anyone answers again.
 */
export class SurveyStorage {
  readonly #draft: string;
  readonly #answered: string;

  constructor(api: string, surveyId: string, memberToken: string | undefined) {
    const respondent = memberToken ? `member-${fingerprint(memberToken)}` : 'browser';
    this.#draft = `ngo-kit:survey-draft:${api}:${surveyId}`;
    this.#answered = `ngo-kit:survey-answered:${api}:${surveyId}:${respondent}`;
  }

  get draft(): SurveyDraft | undefined {
    return read(session, this.#draft);
  }

  set draft(draft: SurveyDraft | undefined) {
    write(session, this.#draft, draft);
  }

  get answered(): AnsweredMarker | undefined {
    return read(local, this.#answered);
  }

  set answered(marker: AnsweredMarker) {
    write(local, this.#answered, marker);
  }
}
