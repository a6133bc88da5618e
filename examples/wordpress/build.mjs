// Puts the widgets' CDN files (one ES module per widget, and the chunks they
// share) into the plugin's assets/ folder, from `pnpm build`'s output. The
// plugin folder is then ready to zip and upload.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../../packages/widgets/dist/cdn/', import.meta.url));
const assets = fileURLToPath(new URL('./ngo-kit/assets/', import.meta.url));

if (!existsSync(cdn)) {
  console.error('The widgets are not built: run pnpm build first.');
  process.exit(1);
}
rmSync(assets, { recursive: true, force: true });
cpSync(cdn, assets, { recursive: true, filter: (source) => !source.endsWith('.map') });
console.log(`copied the widgets into ${assets}`);
