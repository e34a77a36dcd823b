import type { Matcher } from '../spot/match-aliases';
import { findNameLists } from './analyse-sentence';
import type { Carried } from './anaphora';
import { chooseEntity } from './choose-entity';
import { type CalendarDate, dateOf, formatDate } from './dates';
import type { ParsedArticle } from './parse-article';
import { type FoundRelation, findBases, findRelations, findRoles } from './relations';
import { type Entity, type Fact, ORGANISATION_KINDS, type Passage, type Sentence } from './schema';
import { type ArticleView, carryOf, periodFor, type SentenceView, viewOf } from './sentence-view';
import { findShortForms } from './short-forms';
import { findTimeExpressions, type TimeExpression } from './time-expressions';
import { segmentNamesOf, unitWordsOf } from './unit-references';
import { type Draft, type ValueContext, valueFact } from './value-fact';
import { FLOW_MEASURE, POINTS_BACK } from './value-words';
import { findValues } from './values';

export interface ExtractContext {
  matcher: Matcher;
  entities: readonly Entity[];
  /** Short forms of the catalog's names ("Ant", "Ma") and whom each stands for (`shortFormsOf`). */
  shortForms?: ReadonlyMap<string, string>;
}

/** A date after one of these verbs is the date of that event, not the period of other facts. */
/**
 * "founded in 2009", "launching in 2010", "founded the Chinese internet giant in a Hangzhou
 * apartment in 1999": the verb, and its object and place within the clause; an object with a number
 * ("opened 75 new centres since …") is a count, not the event.
 */
const DATE_EVENT =
  /\b(founded|founding|established|set up|created|launched|launching|introduced|debuted|joined|listed|went public|held|opened|born)\b(?:\s+[^,.;\d]{0,50}?)?\s+(?:in|on|each|every|since)?\s*$/i;
const EVENT_NAME: Record<string, string> = {
  founding: 'founded',
  established: 'founded',
  'set up': 'founded',
  created: 'founded',
  launching: 'launched',
  introduced: 'launched',
  debuted: 'launched',
  'went public': 'listed',
};
/** How far before a date its verb may stand. */
const EVENT_REACH = 70;
const FACT_PASSAGES = new Set<Passage['kind']>(['title', 'standfirst', 'body']);

/**
 * Turns an article's sentences into typed facts: numbers with what they measure, event dates, and
 * relations between parties. Each fact quotes its sentence and the words of its value verbatim.
 */
export function extractFacts(article: ParsedArticle, context: ExtractContext): Fact[] {
  const { source } = article;
  const named = context.matcher.findMentions(source.text);
  const short = findShortForms(source.text, named, context.shortForms ?? new Map());
  const view: ArticleView = {
    mentions: [...named, ...short].sort((a, b) => a.start - b.start),
    kinds: new Map(context.entities.map((e) => [e.id, e.kind])),
    reference: source.publishedAt ? dateOf(source.publishedAt) : undefined,
    commonWords: new Set(source.text.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []),
    publisherId: publisherEntity(source.publisher, context.entities),
    unitWords: unitWordsOf(context.entities),
    segmentNames: segmentNamesOf(context.entities),
  };
  view.story = storyOf(source.title, context);
  view.reporting = reportingPeriod(article, view.reference);
  const facts: Fact[] = [];
  // What the sentence before was about; a crosshead or a dateline between two paragraphs ends it.
  let carried: Carried | undefined;
  // The last figure read and what it measured, for a sentence that points back at it.
  let lastMeasured: ValueContext['previous'];
  for (const passage of article.passages) {
    if (!FACT_PASSAGES.has(passage.kind)) {
      carried = undefined;
      lastMeasured = undefined;
      continue;
    }
    const drafts = passage.sentences.flatMap((sentence, n) => {
      const previous = carried && { ...carried, samePassage: n > 0 };
      const sentenceView = viewOf(sentence, view, previous);
      carried = carryOf(sentenceView, previous);
      const found = sentenceFacts(sentenceView, view.publisherId, lastMeasured);
      lastMeasured = found.last;
      return found.drafts.map((draft) => ({ draft, sentence }));
    });
    drafts.forEach(({ draft, sentence }, i) => {
      facts.push(toFact(draft, passage, source.id, sentence, i + 1));
    });
  }
  return facts;
}

/** "in", "across" just before a count: the places another count is in. */
const IN_PLACES = /\b(?:in|across)\s+$/i;

/**
 * The facts of a sentence, and its last figure with what it measured. `before` is the last figure of
 * the sentence before, which a sentence that points back sets its first figure against.
 */
function sentenceFacts(
  view: SentenceView,
  publisherId: string | undefined,
  before: ValueContext['previous'],
): { drafts: Draft[]; last: ValueContext['previous'] } {
  const text = view.sentence.text;
  const eventTimes = view.times.filter((t) => DATE_EVENT.test(text.slice(Math.max(0, t.start - EVENT_REACH), t.start)));
  const periodTimes = view.times.filter((t) => !eventTimes.includes(t));
  const drafts: Draft[] = [];
  // Digits inside names ("Double 11", "1688.com") are not values.
  const values = findValues(text, [...view.times, ...view.mentions]);
  let previous: ValueContext['previous'] = before && POINTS_BACK.test(text) ? { ...before, before: true } : undefined;
  for (const value of values) {
    const { draft, measure, entity } = valueFact(view, value, { periodTimes, eventTimes, values, previous });
    if (draft) drafts.push(draft);
    // "311 stores in 27 cities, up from 222": where a count is, is no figure for the next to join.
    const where = previous && value.kind === 'quantity' && IN_PLACES.test(text.slice(0, value.start));
    if (!where) previous = measure && { value, attribute: measure, forecast: draft?.forecast ?? false, entity };
  }
  for (const time of eventTimes) {
    const window = Math.max(0, time.start - EVENT_REACH);
    const event = DATE_EVENT.exec(text.slice(window, time.start));
    const verb = event?.[1]?.toLowerCase() ?? '';
    const at = window + (event?.index ?? 0);
    // "first held in 2009", "first opened": the first time is the beginning.
    const first = /\bfirst\s+$/i.test(text.slice(Math.max(0, at - 7), at));
    // The subject of "joined" stands before the verb; what it joined stands between verb and date.
    const subject = chooseEntity(view, at, () => true);
    // Only a person is born: "users born after 1995" dates no organisation.
    if (!subject || (verb === 'born' && subject.kind !== 'person')) continue;
    const between = view.mentions.find((m) => m.start > at && m.end <= time.start && m.entityId !== subject.entityId);
    drafts.push({
      entityId: subject.entityId,
      attribute: first ? 'launched' : (EVENT_NAME[verb] ?? verb),
      value: {
        kind: 'date',
        date: formatDate(time.from),
        text: text.slice(time.start, time.end),
        ...(time.recurring && { recurring: true }),
      },
      evidence: time,
      ...(between && { counterpartId: between.entityId }),
    });
  }
  const dated = new Set(drafts.filter((d) => d.value.kind === 'date').map((d) => `${d.entityId} ${d.attribute}`));
  const relations = [
    ...findRelations(text, view.mentions, view.inserts, findNameLists(text)),
    ...findRoles(text, view.mentions),
    ...findBases(text, view.mentions),
  ];
  for (const relation of relations) {
    if (dated.has(`${relation.subject.entityId} ${relation.attribute}`)) continue;
    drafts.push(relationFact(view, relation, periodTimes, publisherId));
  }
  // A sentence whose figures measured nothing gives the next none to point back at.
  return { drafts, last: previous?.before ? undefined : previous };
}

function relationFact(
  view: SentenceView,
  relation: FoundRelation,
  periodTimes: readonly TimeExpression[],
  publisherId: string | undefined,
): Draft {
  // A paper refers to itself by its last word ("the Post"); resolve that to its catalog entry.
  const objectId =
    relation.objectMention?.entityId ??
    (publisherId && /^the\s+\p{Lu}\p{L}+$/u.test(relation.object) ? publisherId : undefined);
  const period = periodFor(view, relation.start, periodTimes);
  return {
    entityId: relation.subject.entityId,
    attribute: relation.attribute,
    value: {
      kind: 'relation',
      object: relation.object,
      ...(objectId && { objectId }),
      ...(relation.places && { places: relation.places }),
      ...(relation.role && { role: true }),
    },
    evidence: { start: relation.start, end: relation.end },
    ...(period && { period }),
  };
}

/** Words of results: a sentence with one of them and an accounting period reports for that period. */
const RESULTS = new RegExp(`\\b(?:${FLOW_MEASURE}|results)\\b`, 'i');

/** The accounting period the story reports on: the first one named in a sentence of results. */
function reportingPeriod(article: ParsedArticle, reference: CalendarDate | undefined): TimeExpression | undefined {
  for (const passage of article.passages) {
    if (!FACT_PASSAGES.has(passage.kind)) continue;
    for (const sentence of passage.sentences) {
      if (!RESULTS.test(sentence.text)) continue;
      const span = findTimeExpressions(sentence.text, reference).find((t) => t.to && !t.recurring);
      if (span) return span;
    }
  }
  return undefined;
}

/** The first organisation the title names: "Q&A: Alibaba Health’s pharmacy chief on …" is about Alibaba Health. */
function storyOf(title: string, context: ExtractContext): ArticleView['story'] {
  const kinds = new Map(context.entities.map((e) => [e.id, e.kind]));
  const first = context.matcher
    .findMentions(title)
    .find((m) => ORGANISATION_KINDS.includes(kinds.get(m.entityId) ?? 'person'));
  const kind = first && kinds.get(first.entityId);
  return first && kind ? { entityId: first.entityId, kind, prepositional: false, speaker: false } : undefined;
}

function publisherEntity(publisher: string, entities: readonly Entity[]): string | undefined {
  return entities.find((e) => e.aliases.some((a) => a.text === publisher))?.id;
}

function toFact(draft: Draft, passage: Passage, sourceId: string, sentence: Sentence, n: number): Fact {
  const { evidence, ...rest } = draft;
  return {
    id: `${passage.id}-f${n}`,
    sourceId,
    passageId: passage.id,
    ...rest,
    quote: { text: sentence.text, start: sentence.start, end: sentence.end },
    evidence: {
      text: sentence.text.slice(evidence.start, evidence.end),
      start: sentence.start + evidence.start,
      end: sentence.start + evidence.end,
    },
  };
}
