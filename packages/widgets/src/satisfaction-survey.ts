import { NgoSatisfactionSurvey, NgoSurveySubmittedEvent } from './satisfaction-survey/ngo-satisfaction-survey.js';
import { define } from './shared/define.js';

define('ngo-satisfaction-survey', NgoSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-satisfaction-survey': NgoSatisfactionSurvey;
  }

  interface GlobalEventHandlersEventMap {
    'ngo-survey-submitted': NgoSurveySubmittedEvent;
  }
}

export { NgoSatisfactionSurvey, NgoSurveySubmittedEvent };
export type { SurveyPaging, SurveySubmittedDetail } from './satisfaction-survey/ngo-satisfaction-survey.js';
export type { CsatStyle } from './satisfaction-survey/questions.js';
