import type { Plugin } from 'vite';
import { buildFactBase } from '../factbase/build';
import type { Entity } from '../factbase/schema';
import { DATA_DIR, dataFiles, loadBundledArticles, loadCatalog } from '../node/load-data';

const FACT_BASE = 'virtual:fact-lens/fact-base';
const LEXICON = 'virtual:fact-lens/lexicon';

/**
 * The names the content script looks for, as compact as the content script's size budget asks: each
 * entity's id, kind and aliases, an alias marked `*` when matched in any case and `+` when it needs
 * the full name nearby (see `aliasesOf` for the way back).
 */
export function lexiconOf(entities: readonly Entity[]): { id: string; kind: string; names: string[] }[] {
  return entities.map(({ id, kind, aliases }) => ({
    id,
    kind,
    names: aliases.map((a) => `${a.caseSensitive ? '' : '*'}${a.needsContext ? '+' : ''}${a.text}`),
  }));
}

/**
 * Serves `virtual:fact-lens/fact-base` (the fact base) and `virtual:fact-lens/lexicon` (the catalog's
 * names, for the content script, which must stay small) built from `data/` while the extension is
 * bundled. Built, not committed, so the extension can never ship data older than `data/`; invalid
 * data fails the build with the file, record and field.
 */
export function factBasePlugin({ dataDir = DATA_DIR }: { dataDir?: string } = {}): Plugin {
  return {
    name: 'fact-lens:fact-base',
    resolveId: (id) => (id === FACT_BASE || id === LEXICON ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${FACT_BASE}` && id !== `\0${LEXICON}`) return undefined;
      for (const file of dataFiles(dataDir)) this.addWatchFile(file);
      const catalog = loadCatalog(dataDir);
      const data = id === `\0${LEXICON}` ? lexiconOf(catalog) : buildFactBase(loadBundledArticles(dataDir), catalog);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
