import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { factBasePlugin } from './src/build/fact-base-plugin';

// Unit tests sit beside the code they test and run in Node: the pure core has no DOM to need.
export default defineConfig({
  // Serves `virtual:fact-lens/fact-base`, so tests can import src/extension/fact-base.ts as the bundle does.
  // WxtVitest points `wxt/browser` at WXT's in-memory fake browser, for the code that touches it.
  plugins: [factBasePlugin(), WxtVitest()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', '.output/**', '.wxt/**'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    // A guard against hangs, not a speed check: the pipeline over 130 real pages, and the CLI run as
    // child processes, take seconds, and more on a busy 2-core machine (benchmarks measure speed).
    testTimeout: 60_000,
  },
});
