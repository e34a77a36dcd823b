import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { createReferenceTracker, DESCRIBED } from '../factbase/anaphora';
import type { Entity, EntityKind, Fact, FactBase, Passage, Sentence, Source } from '../factbase/schema';
import { findUnitReferences, unitWordsOf } from '../factbase/unit-references';
import { POINTS_BACK } from '../factbase/value-words';
import { compileMatcher } from '../spot/match-aliases';
import { contentTerms, MEASURE_CONCEPTS, processTerm } from './lexicon';
import { type Nearby, tokensOf } from './text-spans';
import { valueKeys } from './value-keys';

/** One sentence of a source, with what the engine needs to rank it and read answers from it. */
export interface IndexedSentence {
  id: number;
  sentence: Sentence;
  passage: Passage;
  source: Source;
  /** Entities the sentence names, refers to ("It", "the company", "Ant"), or that its facts are about. */
  entityIds: ReadonlySet<string>;
  /**
   * Those of `entityIds` the sentence only describes ("the company") or is about as part of a story
   * about them, with how much that counts against a name (`references.ts`).
   */
  referred: ReadonlyMap<string, number>;
  /** What its source is about (`topicsOf`): entities a sentence may leave unnamed. */
  topics: ReadonlySet<string>;
  /** Stemmed content words of the sentence. */
  terms: ReadonlySet<string>;
  /** Its terms and the words of its facts' attributes: everything it can be matched on. */
  vocabulary: ReadonlySet<string>;
  /**
   * The terms of the sentence before when this one opens by pointing back at its figure ("That is up
   * 26 per cent from…"): what its figures are figures of.
   */
  carried: ReadonlySet<string>;
  facts: readonly Fact[];
  /** Its words with their stemmed forms (a hyphenated word also by its parts), offsets in the sentence. */
  tokens: readonly Token[];
  /** The sentence before it in the same passage, whose time a figure without one carries on. */
  before?: Sentence;
  /** The names it uses, catalog and other, offsets in the sentence. */
  names: readonly { entityId: string; text: string; start: number; end: number }[];
}

export interface Token {
  start: number;
  end: number;
  forms: readonly string[];
}

/** One sentence as the MiniSearch index stores it. */
export interface SearchDocument {
  id: number;
  text: string;
  entities: string;
  attributes: string;
  passage: string;
}

/**
 * How sentences are indexed and searched; one constant for both, so the terms always meet. Entity
 * names and fact attributes weigh more than the words around them; fuzzy and prefix matching forgive
 * typos and partial words.
 */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['text', 'entities', 'attributes', 'passage'],
  processTerm: (term) => processTerm(term),
  searchOptions: {
    boost: { entities: 3, attributes: 2, text: 1.5, passage: 0.3 },
    fuzzy: (term) => (term.length > 5 ? 0.2 : false),
    prefix: (term) => term.length > 3,
    combineWith: 'OR',
  } satisfies SearchOptions,
};

export interface SearchIndex {
  sentences: readonly IndexedSentence[];
  /**
   * Each sentence's search score, by sentence id, 0 for one the query does not match; only `typos`
   * (stemmed) are matched fuzzily, the rest exactly or by prefix.
   */
  scores(query: string, typos?: ReadonlySet<string>): Float64Array;
  /** The sentences the query matches, best first, with their `scores`. */
  search(query: string, typos?: ReadonlySet<string>): { sentence: IndexedSentence; score: number }[];
  /** The ids of the sentences whose `vocabulary` holds a term, in order. */
  holding(term: string): readonly number[];
  /**
   * The ids of the sentences about an entity (`entityIds`, `referred`), in order, with how much each
   * is: 1 naming it, less only referring to it.
   */
  about(entityId: string): { ids: readonly number[]; weights: readonly number[] };
  /** How many sentences hold a term (or, for a misspelt one, a word near it). */
  frequency(term: string, nearby?: Nearby): number;
}

/** Passages that carry facts: a related-story headline or a dateline answers nothing. */
const ANSWERING = new Set<Passage['kind']>(['title', 'standfirst', 'body']);

/**
 * Builds the sentence index over a fact base and the names its sources use outside the catalog
 * (`articleNames`, e.g. "Goldman Sachs"), which count as entities of the sentences that name them.
 * `ambiguous` short names ("Zhang") stand for the one of their longer names last named.
 * Rebuilding is faster than loading a saved index at this size.
 */
export function buildSearchIndex(
  factBase: FactBase,
  articleNames: readonly Entity[] = [],
  ambiguous: ReadonlyMap<string, readonly string[]> = new Map(),
): SearchIndex {
  const everyone = [...factBase.entities, ...articleNames];
  const matcher = compileMatcher(everyone);
  const sources = new Map(factBase.sources.map((s) => [s.id, s]));
  // "US$285.57", "HK$80": a currency's prefix names no place.
  const mentions = new Map(
    factBase.sources.map((s) => [s.id, matcher.findMentions(s.text).filter((m) => s.text[m.end] !== '$')]),
  );
  const sentences: IndexedSentence[] = [];
  const kinds = new Map(everyone.map((e) => [e.id, e.kind]));
  const tracker = createReferenceTracker(kinds, ambiguous);
  const unitWords = unitWordsOf(factBase.entities);
  const unitKind = (id: string) => (kinds.get(id) ?? 'external') as EntityKind;
  const factsAt = groupBy(factBase.facts, (f) => sentenceKey(f.sourceId, f.quote.start));
  const heads = groupBy(
    factBase.passages.filter((p) => p.kind === 'title' || p.kind === 'standfirst'),
    (p) => p.sourceId,
  );
  let sourceId: string | undefined;
  let topics: ReadonlySet<string> = new Set();
  let lastListed: string[] = [];
  for (const passage of factBase.passages) {
    const source = sources.get(passage.sourceId);
    if (!source || !ANSWERING.has(passage.kind)) continue;
    if (source.id !== sourceId) {
      topics = new Set(topicsOf(heads.get(source.id) ?? [], mentions.get(source.id) ?? [], kinds));
      tracker.reset([...topics]);
    }
    sourceId = source.id;
    for (const [at, sentence] of passage.sentences.entries()) {
      const facts = factsAt.get(sentenceKey(source.id, sentence.start)) ?? [];
      const named = (mentions.get(source.id) ?? []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      // "the cloud unit", "the logistics arm": a unit named by what it does, as the fact base reads it.
      const units = findUnitReferences(
        sentence.text,
        sentence.start,
        mentions.get(source.id) ?? [],
        unitKind,
        unitWords,
      )
        .filter((u) => u.entityId !== '' && !named.some((m) => m.entityId === u.entityId))
        .map((u) => ({ entityId: u.entityId, text: u.text, start: u.start, end: u.end }));
      const names = [
        ...named.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start })),
        ...units,
      ].sort((a, b) => a.start - b.start);
      const explicit = new Set([...named.map((m) => m.entityId), ...facts.flatMap(involved)]);
      const references = tracker.refer(sentence.text, names, passage.index).filter((r) => !explicit.has(r.id));
      const referred = new Map(references.filter((r) => r.weight < 1).map((r) => [r.id, r.weight]));
      for (const u of units) if (!explicit.has(u.entityId)) referred.set(u.entityId, DESCRIBED);
      // "…across Tmall, Taobao, AliExpress and the group’s other platforms": one of a list, not the subject.
      const listed = listedOnly(sentence.text, names);
      for (const id of listed) if (!facts.some((f) => f.entityId === id)) referred.set(id, LISTED);
      // "That is up 26 per cent…" is about the figure before, not about each item of a list beside it.
      if (POINTS_BACK.test(sentence.text))
        for (const id of lastListed) if (!explicit.has(id) && referred.has(id)) referred.set(id, LISTED);
      lastListed = listed;
      const entityIds = new Set([...explicit, ...references.map((r) => r.id), ...units.map((u) => u.entityId)]);
      const terms = new Set([...contentTerms(sentence.text), ...valueKeys(sentence.text).map((v) => v.key)]);
      const before = passage.sentences[at - 1];
      // "The total …" opening a paragraph points back at the last figure of the one before.
      const pointedAt = before ?? (sentences.at(-1)?.source.id === source.id ? sentences.at(-1)?.sentence : undefined);
      const carried = new Set(
        pointedAt && POINTS_BACK.test(sentence.text)
          ? contentTerms(pointedAt.text).filter((t) => MEASURE_CONCEPTS.has(t))
          : [],
      );
      const vocabulary = new Set([...terms, ...carried, ...facts.flatMap((f) => [...factTerms(f)])]);
      // The words that point back ("That", "The total") stand for what the sentence before measured.
      const pointer = POINTS_BACK.exec(sentence.text)?.[0].length ?? 0;
      const tokens = tokensOf(sentence.text).map((t) =>
        carried.size > 0 && t.end <= pointer ? { ...t, forms: [...t.forms, ...carried] } : t,
      );
      sentences.push({
        id: sentences.length,
        sentence,
        ...(before && { before }),
        passage,
        source,
        entityIds,
        referred,
        topics,
        terms,
        vocabulary,
        carried,
        facts,
        tokens,
        names,
      });
    }
  }
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(searchDocuments(sentences, everyone));
  const byTerm = sentencesHolding(sentences);
  const byEntity = sentencesAbout(sentences);
  return {
    sentences,
    holding: (term) => byTerm.get(term) ?? [],
    about: (entityId) => byEntity.get(entityId) ?? { ids: [], weights: [] },
    frequency(term, nearby = new Map()) {
      // How rare the word itself is: a related concept it may stand in for is not counted.
      const forms = [...(nearby.get(term) ?? [])].filter(([, c]) => c >= 1).map(([form]) => form);
      const lists = [term, ...forms].map((t) => byTerm.get(t) ?? []);
      return lists.length === 1 ? (lists[0]?.length ?? 0) : new Set(lists.flat()).size;
    },
    scores(query, typos = new Set()) {
      // Fuzzy matching is the search's dearest part, and a word spelt as the sources spell it needs none.
      const fuzzy = (term: string) => (typos.has(term) && term.length > 4 ? 0.2 : false);
      const scores = new Float64Array(sentences.length);
      for (const r of index.search(query, { fuzzy })) scores[r.id as number] = r.score;
      return scores;
    },
    search(query, typos) {
      const scores = this.scores(query, typos);
      return sentences
        .filter((s) => (scores[s.id] ?? 0) > 0)
        .map((sentence) => ({ sentence, score: scores[sentence.id] ?? 0 }))
        .sort((a, b) => b.score - a.score);
    },
  };
}

/**
 * The documents the index is built from: each sentence with the names of its entities (`everyone`:
 * the catalog and the sources' own names), its facts' attributes and its paragraph. The benchmark
 * gives Lunr the same.
 */
export function searchDocuments(sentences: readonly IndexedSentence[], everyone: readonly Entity[]): SearchDocument[] {
  const names = new Map(everyone.map((e) => [e.id, [e.name, ...e.aliases.map((a) => a.text)].join(' ')]));
  return sentences.map((s) => ({
    id: s.id,
    text: s.sentence.text,
    entities: [...s.entityIds].map((id) => names.get(id) ?? '').join(' '),
    attributes: s.facts.map((f) => f.attribute).join(' '),
    passage: s.passage.text,
  }));
}

/**
 * The ids of the sentences whose vocabulary holds each word, in order: a question looks up the few
 * lists it needs, where filtering every sentence for each word took 50 ms at 33,000 (issue 7).
 */
function sentencesHolding(sentences: readonly IndexedSentence[]) {
  const ids = new Map<string, number[]>();
  for (const s of sentences) {
    for (const term of s.vocabulary) {
      const list = ids.get(term);
      if (list) list.push(s.id);
      else ids.set(term, [s.id]);
    }
  }
  return ids;
}

/** `about` for every entity, worked out once. */
function sentencesAbout(sentences: readonly IndexedSentence[]) {
  const about = new Map<string, { ids: number[]; weights: number[] }>();
  for (const s of sentences) {
    for (const entityId of new Set([...s.entityIds, ...s.referred.keys()])) {
      const entry = about.get(entityId) ?? { ids: [], weights: [] };
      about.set(entityId, entry);
      entry.ids.push(s.id);
      entry.weights.push(s.referred.get(entityId) ?? (s.entityIds.has(entityId) ? 1 : 0));
    }
  }
  return about;
}

/** How much being one of a list of three names or more counts against being named alone. */
const LISTED = 0.5;

/** Entities a sentence names only as items of a list of three names or more ("Tmall, Taobao, AliExpress and …"). */
function listedOnly(text: string, names: readonly { entityId: string; start: number; end: number }[]): string[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const listed = new Set<number>();
  let chain: number[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    const joined = before && /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(before.end, n.start));
    chain = joined ? [...chain, i] : [i];
    if (chain.length >= 3) for (const k of chain) listed.add(k);
  });
  const ids = new Set(sorted.map((n) => n.entityId));
  return [...ids].filter((id) => sorted.every((n, i) => n.entityId !== id || listed.has(i)));
}

/**
 * What a source is about: the catalog entities its title and standfirst name ("Ant Group's record
 * $34.4bn IPO suspended…"), people aside. Its other sentences are about them too, unless they are
 * about someone else.
 */
function topicsOf(
  heads: readonly Passage[],
  mentions: readonly { entityId: string; start: number }[],
  kinds: ReadonlyMap<string, string>,
): string[] {
  const inHead = (m: { start: number }) => heads.some((p) => m.start >= p.start && m.start < p.end);
  const catalog = (id: string) => !['person', 'external', undefined].includes(kinds.get(id));
  return [...new Set(mentions.filter((m) => inHead(m) && catalog(m.entityId)).map((m) => m.entityId))];
}

/** Items grouped by a key, in their order: grouped once, as filtering them per sentence or per source grows with the square of the corpus (issue 7). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** What the facts of one sentence are grouped by: its source and where it starts. */
function sentenceKey(sourceId: string, start: number): string {
  return `${start} ${sourceId}`;
}

/** Every entity a fact involves: its subject, its counterpart and its object. */
export function involved(fact: Fact): string[] {
  const objectId = fact.value.kind === 'relation' ? fact.value.objectId : undefined;
  return [fact.entityId, fact.counterpartId, objectId].filter((id): id is string => id !== undefined);
}

/** The stemmed words of a fact's attribute and unit: what it measures. */
export function factTerms(fact: Fact): ReadonlySet<string> {
  return remembered(FACT_TERMS, fact, () => {
    const unit = fact.value.kind === 'quantity' ? fact.value.unit : '';
    // A role ("executive chairman") is also a title.
    const role = fact.value.kind === 'relation' && fact.value.role ? ' title' : '';
    return new Set(contentTerms(`${fact.attribute} ${unit}${role}`));
  });
}

/** The words a relation is stated in ("operating in markets including Russia…"): weaker than its attribute. */
export function relationTerms(fact: Fact): ReadonlySet<string> {
  return remembered(RELATION_TERMS, fact, () =>
    fact.value.kind === 'relation' ? new Set(contentTerms(fact.evidence.text)) : new Set<string>(),
  );
}

// Every question reads the same facts' words again: they are worked out once per fact.
const FACT_TERMS = new WeakMap<Fact, ReadonlySet<string>>();
const RELATION_TERMS = new WeakMap<Fact, ReadonlySet<string>>();

function remembered<T>(cache: WeakMap<Fact, T>, fact: Fact, work: () => T): T {
  const known = cache.get(fact);
  if (known !== undefined) return known;
  const value = work();
  cache.set(fact, value);
  return value;
}
