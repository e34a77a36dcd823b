import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { factBasePlugin } from './src/build/fact-base-plugin';
import { shellPagePlugin } from './src/build/shell-page-plugin';
import { POPUP_SHELL } from './src/popup/shell';

// See https://wxt.dev/api/config.html. Manifest V3 for every browser.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Fact Lens',
    description:
      "Spots Alibaba Group's businesses on any page, checks claims about them and answers questions, citing a source article. Runs entirely offline.",
    // scripting + host permissions: the hover card's script is injected on first hover, not on every page.
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn Fact Lens highlights on or off on this site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next Alibaba mention and open its card',
      },
    },
    ...(browser === 'firefox' && {
      // Fact Lens sends nothing anywhere: https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
      browser_specific_settings: {
        gecko: { id: 'fact-lens@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact(), factBasePlugin(), shellPagePlugin(POPUP_SHELL)] }),
});
