// The peers, bundled the way a site would ship them: each entry of bench/peers/
// through rollup, node-resolve and terser into one minified ES module, and the
// stylesheets each needs. The same bundles are served to the render page and
// weighed for the size table, so both measure one thing.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bench = fileURLToPath(new URL('..', import.meta.url));
const root = join(bench, '..');
// rollup and its plugins are the widgets' build tools: resolved from there, as run.mjs does
const tools = createRequire(join(root, 'packages/widgets/package.json'));
const load = async (name) => (await import(pathToFileURL(tools.resolve(name)).href)).default;

/**
 * @typedef {object} PeerBundle
 * @property {string} name the peer, e.g. `fullcalendar-month`
 * @property {Buffer} js the minified ES module
 * @property {Buffer} css the stylesheets it needs, one after the other
 */

/** Each peer: its entry in bench/peers/ and the stylesheets its docs tell a page to load. */
export const PEERS = {
  'fullcalendar-month': {
    entry: 'peers/fullcalendar-month.mjs',
    css: ['fullcalendar/skeleton.css', 'fullcalendar/themes/classic/theme.css', 'fullcalendar/themes/classic/palette.css'],
  },
  'survey-rating': { entry: 'peers/survey-rating.mjs', css: ['survey-core/survey-core.min.css'] },
};

const fromBench = createRequire(join(bench, 'package.json'));

/**
 * Bundles one peer.
 *
 * @param {keyof typeof PEERS} name
 * @returns {Promise<PeerBundle>}
 */
export async function bundlePeer(name) {
  const { rollup } = await import(pathToFileURL(tools.resolve('rollup')).href);
  const nodeResolve = await load('@rollup/plugin-node-resolve');
  const terser = await load('@rollup/plugin-terser');
  const bundle = await rollup({
    input: join(bench, PEERS[name].entry),
    onwarn: () => undefined,
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2022, module: true })],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const css = Buffer.concat(PEERS[name].css.map((file) => readFileSync(fromBench.resolve(file))));
  return { name, js: Buffer.from(output[0].code), css };
}

/** @returns {Promise<Record<string, PeerBundle>>} every peer, bundled */
export async function bundlePeers() {
  const names = /** @type {(keyof typeof PEERS)[]} */ (Object.keys(PEERS));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await bundlePeer(name)])));
}
