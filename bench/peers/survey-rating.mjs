// SurveyJS as a page would load it to show a survey (one rating question or
// many): the survey model and its own UI renderer (survey-js-ui, Preact
// inside). Bundled by bench/render/peers.mjs for the render benchmark and for
// the peer's size.
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
