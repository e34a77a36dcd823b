import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { factBasePlugin } from './src/build/fact-base-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  manifest: {
    name: 'Fact Lens',
    description:
      "Spots Alibaba Group's businesses on any page, checks claims about them and answers questions, citing a source article. Runs entirely offline.",
    permissions: ['storage'],
    browser_specific_settings: { gecko: { id: 'fact-lens@example.org' } },
  },
  vite: () => ({ plugins: [preact(), factBasePlugin()] }),
});
