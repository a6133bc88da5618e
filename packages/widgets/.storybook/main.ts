import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  viteFinal(viteConfig) {
    // Workspace packages export their TypeScript sources under this condition, so stories
    // run the code being edited rather than a stale `dist`.
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@ngo-kit/source', ...defaultClientConditions] },
    });
  },
};

export default config;
