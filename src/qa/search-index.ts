import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Entity, Fact, FactBase, Passage, Sentence, Source } from '../factbase/schema';
import { compileMatcher } from '../spot/match-aliases';
import { contentTerms, processTerm } from './lexicon';
import { tokensOf } from './text-spans';

/** One sentence of a source, with what the engine needs to rank it and read answers from it. */
export interface IndexedSentence {
  id: number;
  sentence: Sentence;
  passage: Passage;
  source: Source;
  /** Entities the sentence names, or that its facts are about ("the event" → Singles' Day). */
  entityIds: ReadonlySet<string>;
  /** Stemmed content words of the sentence. */
  terms: ReadonlySet<string>;
  /** Its terms and the words of its facts' attributes: everything it can be matched on. */
  vocabulary: ReadonlySet<string>;
  facts: readonly Fact[];
  /** Its words with their stemmed forms (a hyphenated word also by its parts), offsets in the sentence. */
  tokens: readonly Token[];
  /** The names it uses, catalog and other, offsets in the sentence. */
  names: readonly { entityId: string; text: string; start: number; end: number }[];
}

export interface Token {
  start: number;
  end: number;
  forms: readonly string[];
}

interface SearchDocument {
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
  /** Searches sentences; only `typos` (stemmed) are matched fuzzily, the rest exactly or by prefix. */
  search(query: string, typos?: ReadonlySet<string>): { sentence: IndexedSentence; score: number }[];
}

const PRONOUN = /\b(?:he|she|his|her|him)\b/i;

/** Passages that carry facts: a related-story headline or a dateline answers nothing. */
const ANSWERING = new Set<Passage['kind']>(['title', 'standfirst', 'body']);

/**
 * Builds the sentence index over a fact base and the names its sources use outside the catalog
 * (`articleNames`, e.g. "Goldman Sachs"), which count as entities of the sentences that name them.
 * Rebuilding is faster than loading a saved index at this size.
 */
export function buildSearchIndex(factBase: FactBase, articleNames: readonly Entity[] = []): SearchIndex {
  const everyone = [...factBase.entities, ...articleNames];
  const matcher = compileMatcher(everyone);
  const names = new Map(everyone.map((e) => [e.id, [e.name, ...e.aliases.map((a) => a.text)].join(' ')]));
  const sources = new Map(factBase.sources.map((s) => [s.id, s]));
  const mentions = new Map(factBase.sources.map((s) => [s.id, matcher.findMentions(s.text)]));
  const sentences: IndexedSentence[] = [];
  const personIds = new Set(factBase.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  let lastPerson: { id: string; source: string; passage: number } | undefined;
  for (const passage of factBase.passages) {
    const source = sources.get(passage.sourceId);
    if (!source || !ANSWERING.has(passage.kind)) continue;
    for (const sentence of passage.sentences) {
      const facts = factBase.facts.filter((f) => f.quote.start === sentence.start && f.sourceId === source.id);
      const named = (mentions.get(source.id) ?? []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const entityIds = new Set([...named.map((m) => m.entityId), ...facts.flatMap(involved)]);
      // "… he said": a pronoun with no person named stands for the last person named before.
      const person = named.find((m) => personIds.has(m.entityId));
      if (person) lastPerson = { id: person.entityId, source: source.id, passage: passage.index };
      else if (
        PRONOUN.test(sentence.text) &&
        lastPerson?.source === source.id &&
        passage.index - lastPerson.passage <= 2
      ) {
        entityIds.add(lastPerson.id);
      }
      const terms = new Set(contentTerms(sentence.text));
      const vocabulary = new Set([...terms, ...facts.flatMap((f) => [...factTerms(f)])]);
      const tokens = tokensOf(sentence.text);
      const names = named.map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      sentences.push({
        id: sentences.length,
        sentence,
        passage,
        source,
        entityIds,
        terms,
        vocabulary,
        facts,
        tokens,
        names,
      });
    }
  }
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(
    sentences.map((s) => ({
      id: s.id,
      text: s.sentence.text,
      entities: [...s.entityIds].map((id) => names.get(id) ?? '').join(' '),
      attributes: s.facts.map((f) => f.attribute).join(' '),
      passage: s.passage.text,
    })),
  );
  return {
    sentences,
    search(query, typos = new Set()) {
      // Fuzzy matching is the search's dearest part, and a word spelt as the sources spell it needs none.
      const fuzzy = (term: string) => (typos.has(term) && term.length > 4 ? 0.2 : false);
      return index.search(query, { fuzzy }).flatMap((r) => {
        const sentence = sentences[r.id as number];
        return sentence ? [{ sentence, score: r.score }] : [];
      });
    },
  };
}

/** Every entity a fact involves: its subject, its counterpart and its object. */
export function involved(fact: Fact): string[] {
  const objectId = fact.value.kind === 'relation' ? fact.value.objectId : undefined;
  return [fact.entityId, fact.counterpartId, objectId].filter((id): id is string => id !== undefined);
}

/** The stemmed words of a fact's attribute and unit: what it measures. */
export function factTerms(fact: Fact): Set<string> {
  const unit = fact.value.kind === 'quantity' ? fact.value.unit : '';
  // A role ("executive chairman") is also a title.
  const role = fact.value.kind === 'relation' && fact.value.role ? ' title' : '';
  return new Set(contentTerms(`${fact.attribute} ${unit}${role}`));
}

/** The words a relation is stated in ("operating in markets including Russia…"): weaker than its attribute. */
export function relationTerms(fact: Fact): Set<string> {
  return new Set(fact.value.kind === 'relation' ? contentTerms(fact.evidence.text) : []);
}
