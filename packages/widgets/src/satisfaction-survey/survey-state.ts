import type { Survey } from '@ngo-kit/sdk/schemas';
import type { Answers } from './answers.js';
import type { Problem } from './problems.js';
import type { SurveyStorage } from './survey-storage.js';

/**
 * Where a loaded survey stands: being answered (`failed` after a refused
 * submission, answers kept), `sending`, kept `offline` until the network is
 * back, `thanked` after sending, already `answered` before, or `closed`.
 */
export type Phase = 'answering' | 'sending' | 'offline' | 'failed' | 'thanked' | 'answered' | 'closed';

/**
 * What `<ngo-satisfaction-survey>` knows of the survey being answered: one
 * object, so that its submission, which loads when the person starts
 * answering (`submission.ts`), reads and changes the same state.
 */
export interface SurveyState {
  survey: Survey;
  storage: SurveyStorage;
  answers: Answers;
  page: number;
  phase: Phase;
  problems: Map<string, Problem>;
  error: unknown;
  answeredAt: string | null;
  /** The key of the submission being sent or kept: the same for every attempt, so the API applies it once. */
  key: string | undefined;
  /** A submission refused (422) while the survey is open was sent once more with a new key. */
  newKeyTried: boolean;
  /** What the live region says while the survey is answered. */
  said: string;
}
