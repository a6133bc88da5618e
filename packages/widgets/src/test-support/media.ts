import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Emulates media features (colour scheme, reduced motion), or skips the test
 * where the browser driver cannot: puppeteer emulates them over the Chrome
 * DevTools Protocol only, so Firefox (driven over WebDriver BiDi) skips.
 * Send one feature per call: Chromium misses a change of colour scheme sent
 * together with another feature.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/does not support CDP/.test(String(error))) test.skip();
    throw error;
  }
}
