import type { Plugin } from 'vite';
import { buildFactBase } from '../factbase/build';
import { DATA_DIR, dataFiles, loadBundledArticles, loadCatalog } from '../node/load-data';

const ID = 'virtual:fact-lens/fact-base';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:fact-lens/fact-base`: the fact base built from `data/` while the extension is
 * bundled. Built, not committed, so the extension can never ship a fact base older than its data;
 * invalid data fails the build with the file, record and field.
 */
export function factBasePlugin({ dataDir = DATA_DIR }: { dataDir?: string } = {}): Plugin {
  return {
    name: 'fact-lens:fact-base',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of dataFiles(dataDir)) this.addWatchFile(file);
      const factBase = buildFactBase(loadBundledArticles(dataDir), loadCatalog(dataDir));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(factBase))});`;
    },
  };
}
