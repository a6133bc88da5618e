import '../../satisfaction-survey.js';

/**
 * A page of its own for the satisfaction survey, served under the strict
 * Content-Security-Policy and configured from its address: `api`, `key`,
 * `survey` (its id), `paging` and `lang`. Tests reload it to see a draft
 * resumed. (`window.pageReady` is declared by `platform-page.ts`.)
 */
const params = new URL(location.href).searchParams;
const survey = Object.assign(document.createElement('ngo-satisfaction-survey'), {
  api: params.get('api') ?? undefined,
  key: params.get('key') ?? undefined,
  surveyId: params.get('survey') ?? undefined,
  paging: params.get('paging') === 'one' ? 'one' : 'all',
  lang: params.get('lang') ?? 'en',
});
document.querySelector('main')?.append(survey);

const loading = () => survey.shadowRoot?.querySelector('[part~="skeleton"]');
window.pageReady = (async () => {
  await survey.updateComplete;
  while (loading()) await new Promise((resolve) => setTimeout(resolve, 20));
  await survey.updateComplete;
})();
