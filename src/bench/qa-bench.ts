import MiniSearch from 'minisearch';
import { buildFactBase } from '../factbase/build';
import type { ArticleInput } from '../factbase/parse-article';
import type { Entity, FactBase } from '../factbase/schema';
import { createAnswerEngine } from '../qa/answer-engine';
import { namesOfSources } from '../qa/article-names';
import { buildSearchIndex, SEARCH_OPTIONS, type SearchDocument, searchDocuments } from '../qa/search-index';
import { vocabularyOf } from '../qa/vocabulary';
import { buildLunrIndex, searchLunr } from './lunr-baseline';
import { type Spread, spreadOf, timeEach, warmLatencies } from './stats';
import { copyFactBase } from './synthetic';

/** What the benchmark needs to build and question the engine. */
export interface QaInput {
  articles: readonly ArticleInput[];
  catalog: readonly Entity[];
  commonWords: ReadonlySet<string>;
  questions: readonly string[];
}

/** Build times for the one article: the first (cold) run, and the spread of the warm ones, in ms. */
export interface BuildTimes {
  first: number;
  warm: Spread;
}

/** The costs of building from the bundled article, as the extension does at bundling and at start. */
export interface ArticleFigures {
  factBase: BuildTimes;
  /** The sources' names and `buildSearchIndex`, as the engine builds its index: MiniSearch and what each sentence carries. */
  index: BuildTimes;
  /** `createAnswerEngine`: the index and the engine's lexicons, what the background builds on start. */
  engine: BuildTimes;
}

/** One row of the scaling table: the engine and Lunr over `copies` copies of the article. */
export interface ScaleRow {
  copies: number;
  sentences: number;
  engineBuildMs: number;
  /** `engine.answer`: the whole question, read, ranked and answered. */
  answer: Spread;
  indexBuildMs: number;
  /** The engine's MiniSearch index, serialised with JSON.stringify, in characters. */
  indexChars: number;
  /** The engine's retrieval alone (`SearchIndex.search`), the part Lunr does. */
  search: Spread;
  lunrBuildMs: number;
  lunrIndexChars: number;
  lunrSearch: Spread;
}

const elapsed = <T>(build: () => T): [T, number] => {
  const started = performance.now();
  const value = build();
  return [value, performance.now() - started];
};

/** `first`: the first, cold run of `build` (timed here unless the caller timed it); then `runs` warm runs. */
function buildTimes(runs: number, build: () => unknown, first = elapsed(build)[1]): BuildTimes {
  return { first, warm: spreadOf(timeEach(Array.from({ length: runs }), build)) };
}

/** Fact base, index and engine build times for the article, `runs` warm runs each; call it before any other build. */
export function benchArticle(input: QaInput, runs = 10): ArticleFigures {
  const build = () => buildFactBase(input.articles, input.catalog);
  const [factBase, first] = elapsed(build);
  return {
    factBase: buildTimes(runs, build, first),
    index: buildTimes(runs, () => indexOf(factBase, input.commonWords)),
    engine: buildTimes(runs, () => createAnswerEngine(factBase, { commonWords: input.commonWords })),
  };
}

/** The whole engine: its build, and every question answered. */
function engineFigures(input: QaInput, factBase: FactBase) {
  const [engine, engineBuildMs] = elapsed(() => createAnswerEngine(factBase, { commonWords: input.commonWords }));
  return { engineBuildMs, answer: spreadOf(warmLatencies(input.questions, (q) => engine.answer(q))) };
}

/** The engine's index, built as `createAnswerEngine` builds it, and everyone the sources name. */
function indexOf(factBase: FactBase, commonWords: ReadonlySet<string>) {
  const { entities, articleNames, ambiguous } = namesOfSources(
    factBase,
    vocabularyOf(factBase, commonWords),
    commonWords,
  );
  return {
    index: buildSearchIndex({ ...factBase, entities }, articleNames, ambiguous),
    everyone: [...entities, ...articleNames],
  };
}

/** The engine's retrieval alone, and its MiniSearch index serialised, with the documents for Lunr. */
function indexFigures(input: QaInput, factBase: FactBase) {
  const [{ index, everyone }, indexBuildMs] = elapsed(() => indexOf(factBase, input.commonWords));
  const search = spreadOf(warmLatencies(input.questions, (q) => index.search(q)));
  const documents = searchDocuments(index.sentences, everyone);
  const mini = new MiniSearch(SEARCH_OPTIONS);
  mini.addAll(documents);
  return { sentences: documents.length, indexBuildMs, indexChars: JSON.stringify(mini).length, search, documents };
}

/** Lunr over the same documents, questioned the same way. */
function lunrFigures(input: QaInput, documents: readonly SearchDocument[]) {
  const [lunr, lunrBuildMs] = elapsed(() => buildLunrIndex(documents));
  return {
    lunrBuildMs,
    lunrIndexChars: JSON.stringify(lunr).length,
    lunrSearch: spreadOf(warmLatencies(input.questions, (q) => searchLunr(lunr, q))),
  };
}

/**
 * The engine and Lunr over `copies` copies of the article's fact base, questioned with the eval set.
 * Each structure is built and measured in a function of its own, so that it can be collected before
 * the next is built and 1,000 copies fit in Node's default heap.
 */
export function benchScale(input: QaInput, base: FactBase, copies: number): ScaleRow {
  const factBase = copyFactBase(base, copies);
  const engine = engineFigures(input, factBase);
  const { documents, ...index } = indexFigures(input, factBase);
  return { copies, ...engine, ...index, ...lunrFigures(input, documents) };
}
