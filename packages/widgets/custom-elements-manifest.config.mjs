/**
 * Tags are registered through our `define()` helper, which the analyzer reads
 * as a definition of a tag named `tag`. This plugin drops that one and records
 * each element's real tag (from its `@tagname`) in the module that defines it.
 * A base class without a tag (`NgoElement`) is never registered, so it is
 * listed as a plain class; its members show up in each widget, inherited.
 */
function defineHelperPlugin() {
  return {
    name: 'ngo-define-helper',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = manifest.modules.flatMap((module) =>
        (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName)
          .map((declaration) => ({ name: declaration.name, tagName: declaration.tagName, path: module.path })),
      );
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
        module.exports = (module.exports ?? []).filter(
          (entry) => !(entry.kind === 'custom-element-definition' && entry.declaration.module === 'src/shared/define.ts'),
        );
      }
      for (const element of elements) {
        const definer = manifest.modules.find(
          (module) =>
            module.path === `src/${element.tagName.replace(/^ngo-/, '')}.ts` &&
            module.exports.some((entry) => entry.name === element.name),
        );
        definer?.exports.push({
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: element.name, module: element.path },
        });
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test-support/**'],
  litelement: true,
  plugins: [defineHelperPlugin()],
};
