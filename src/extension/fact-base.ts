import built from 'virtual:fact-lens/fact-base';
import type { FactBase } from '../factbase/schema';

/**
 * The one fact base every extension context reads. It is built from `data/` by the Vite plugin in
 * `src/build/fact-base-plugin.ts` at build time, so it can never be older than the data.
 */
export const factBase: FactBase = built;
