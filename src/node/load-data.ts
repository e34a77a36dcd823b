import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../factbase/parse-article';
import { Catalog, type Entity, SourceList } from '../factbase/schema';
import { DataError, parseData } from '../factbase/validate';

/** The project's data folder, found from this file so it works from any working directory. */
export const DATA_DIR = join(import.meta.dirname, '../../data');

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates `data/entities.json`. */
export function loadCatalog(dir = DATA_DIR): Entity[] {
  const file = join(dir, 'entities.json');
  return parseData(Catalog, readJson(file), file).entities;
}

/** Reads the bundled articles listed in `data/sources.json`. */
export function loadBundledArticles(dir = DATA_DIR): ArticleInput[] {
  const file = join(dir, 'sources.json');
  return parseData(SourceList, readJson(file), file).sources.map(({ file: name, ...entry }) => ({
    ...entry,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
}

/** Every file the bundled fact base is built from, so a build can watch them. */
export function dataFiles(dir = DATA_DIR): string[] {
  const list = parseData(SourceList, readJson(join(dir, 'sources.json')), join(dir, 'sources.json'));
  return [join(dir, 'entities.json'), join(dir, 'sources.json'), ...list.sources.map((s) => join(dir, s.file))];
}

/** Reads `data/common-words.txt`, one lower-case word a line. */
export function loadCommonWords(dir = DATA_DIR): Set<string> {
  return new Set(readFileSync(join(dir, 'common-words.txt'), 'utf8').split('\n').filter(Boolean));
}
