/**
 * The stories every widget has, one per setting of the Storybook toolbar
 * (`.storybook/preview.ts`): the API failing or the network gone, each
 * language, the dark theme. A widget's stories file re-exports them under
 * their usual names, next to the stories of its own states:
 *
 * @example
 * ```ts
 * export const Offline: Story = toolbarStories.offline;
 * ```
 */
export const toolbarStories = {
  /** Every request fails with a 500, after the SDK's retries. */
  serverError: { globals: { scenario: 'failing' } },
  /** No network: the error says so, and the widget loads by itself when the browser is back online. */
  offline: { globals: { scenario: 'offline' } },
  /** The widget takes its language from the nearest `lang` on the page. */
  chinese: { globals: { locale: 'zh-CN' } },
  traditionalChinese: { globals: { locale: 'zh-TW' } },
  dark: { globals: { theme: 'dark' } },
} as const;
