import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factBase as shipped } from '../extension/fact-base';
import { buildFactBase } from '../factbase/build';
import type { FactBase } from '../factbase/schema';
import { DATA_DIR, loadBundledArticles, loadCatalog } from '../node/load-data';
import { factBasePlugin } from './fact-base-plugin';

const ID = 'virtual:fact-lens/fact-base';
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Runs the plugin the way Vite does and evaluates the module it emits. */
function emitted(dataDir: string): FactBase {
  const plugin = factBasePlugin({ dataDir });
  const resolve = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
  const watched: string[] = [];
  const code = load.call({ addWatchFile: (f) => watched.push(f) }, resolve(ID) ?? '');
  expect(watched.map((f) => f.replace(`${dataDir}/`, ''))).toEqual([
    'entities.json',
    'sources.json',
    'scmp-2017-11-12-alibaba-singles-day.txt',
  ]);
  return new Function(`${code.replace('export default', 'return')}`)() as FactBase;
}

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-lens-data-'));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('the fact base plugin', () => {
  it('ships exactly what the pipeline builds from data/ now', () => {
    expect(shipped).toEqual(buildFactBase(loadBundledArticles(), loadCatalog()));
  });

  it('rebuilds from the article as it is, so an edit cannot leave a stale fact base', () => {
    const dir = copyOfData();
    const file = join(dir, 'scmp-2017-11-12-alibaba-singles-day.txt');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('more than 520 million users', 'more than 600 million users'),
    );
    const users = emitted(dir).facts.find((f) => f.entityId === 'alipay' && f.attribute === 'users');
    expect(users?.evidence.text).toBe('more than 600 million users');
  });

  it('fails the build on an invalid catalog, naming the file, the record and the field', () => {
    const dir = copyOfData();
    const file = join(dir, 'entities.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    catalog.entities[2].kind = 'department';
    writeFileSync(file, JSON.stringify(catalog));
    expect(() => emitted(dir)).toThrow(/entities\.json: entities\[2\] "alipay" → kind: Invalid option/);
  });
});
