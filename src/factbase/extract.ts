import type { Matcher } from '../spot/match-aliases';
import { findNameLists, insertAt } from './analyse-sentence';
import { attributeOf } from './attributes';
import { dateOf, formatDate } from './dates';
import type { ParsedArticle } from './parse-article';
import { type FoundRelation, findBases, findRelations, findRoles } from './relations';
import type { Entity, Fact, Passage, Period, Sentence } from './schema';
import { type ArticleView, chooseEntity, periodFor, type SentenceView, segmentAt, viewOf } from './sentence-view';
import type { TimeExpression } from './time-expressions';
import { findValues, type NumericValue } from './values';

export interface ExtractContext {
  matcher: Matcher;
  entities: readonly Entity[];
}

/** A date after one of these verbs is the date of that event, not the period of other facts. */
const DATE_EVENT =
  /\b(founded|established|set up|created|launched|introduced|debuted|joined|listed|went public|held|opened|born)\b(?:\s+[^,.;]{0,25}?)?\s+(?:in|on|each|every|since)?\s*$/i;
const EVENT_NAME: Record<string, string> = {
  established: 'founded',
  'set up': 'founded',
  created: 'founded',
  introduced: 'launched',
  debuted: 'launched',
  'went public': 'listed',
};
const FORECAST =
  /\b(?:expects?|expected|forecasts?|predicts?|projects?|projected|estimates?|will|plans?\s+to|aims?\s+to|targets?)\b/i;
const DURATION = /^(?:years?|months?|decades?|weeks?)$/;
const FACT_PASSAGES = new Set<Passage['kind']>(['title', 'standfirst', 'body']);

/**
 * Turns an article's sentences into typed facts: numbers with what they measure, event dates, and
 * relations between parties. Each fact quotes its sentence and the words of its value verbatim.
 */
export function extractFacts(article: ParsedArticle, context: ExtractContext): Fact[] {
  const { source } = article;
  const view: ArticleView = {
    mentions: context.matcher.findMentions(source.text),
    kinds: new Map(context.entities.map((e) => [e.id, e.kind])),
    reference: source.publishedAt ? dateOf(source.publishedAt) : undefined,
    commonWords: new Set(source.text.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []),
    publisherId: publisherEntity(source.publisher, context.entities),
  };
  const facts: Fact[] = [];
  for (const passage of article.passages) {
    if (!FACT_PASSAGES.has(passage.kind)) continue;
    const drafts = passage.sentences.flatMap((sentence) =>
      sentenceFacts(viewOf(sentence, view), view.publisherId).map((draft) => ({ draft, sentence })),
    );
    drafts.forEach(({ draft, sentence }, i) => {
      facts.push(toFact(draft, passage, source.id, sentence, i + 1));
    });
  }
  return facts;
}

/** A fact before it is placed in its passage: offsets still relative to the sentence. */
interface Draft {
  entityId: string;
  attribute: string;
  value: Fact['value'];
  evidence: { start: number; end: number };
  period?: Period;
  counterpartId?: string;
  forecast?: boolean;
}

function sentenceFacts(view: SentenceView, publisherId: string | undefined): Draft[] {
  const text = view.sentence.text;
  const eventTimes = view.times.filter((t) => DATE_EVENT.test(text.slice(Math.max(0, t.start - 45), t.start)));
  const periodTimes = view.times.filter((t) => !eventTimes.includes(t));
  const drafts: Draft[] = [];
  // Digits inside names ("Double 11", "1688.com") are not values.
  for (const value of findValues(text, [...view.times, ...view.mentions])) {
    const draft = valueFact(view, value, periodTimes);
    if (draft) drafts.push(draft);
  }
  for (const time of eventTimes) {
    const window = Math.max(0, time.start - 45);
    const event = DATE_EVENT.exec(text.slice(window, time.start));
    const verb = event?.[1]?.toLowerCase() ?? '';
    // The subject of "joined" stands before the verb; what it joined stands between verb and date.
    const subject = chooseEntity(view, window + (event?.index ?? 0), () => true);
    if (!subject) continue;
    const between = view.mentions.find(
      (m) => m.start > time.start - 45 && m.end <= time.start && m.entityId !== subject.entityId,
    );
    drafts.push({
      entityId: subject.entityId,
      attribute: EVENT_NAME[verb] ?? verb,
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
  return drafts;
}

function valueFact(view: SentenceView, value: NumericValue, periodTimes: readonly TimeExpression[]): Draft | undefined {
  const text = view.sentence.text;
  const segment = segmentAt(view, value.start);
  const named = attributeOf(text, value, segment[0]);
  if (!named) return undefined;
  const isDuration = value.kind === 'quantity' && DURATION.test(named.attribute);
  const entity = chooseEntity(view, value.start, (m) => m.kind !== 'person' || isDuration);
  if (!entity) return undefined;
  const numeric = { amount: value.amount, comparator: value.comparator, precision: value.precision, text: value.text };
  let factValue: Fact['value'];
  if (value.kind === 'money') {
    const { equivalent } = value;
    factValue = {
      kind: 'money',
      ...numeric,
      currency: value.currency ?? 'USD',
      ...(equivalent && {
        equivalent: { amount: equivalent.amount, currency: equivalent.currency, text: equivalent.text },
      }),
    };
  } else if (value.kind === 'percent') factValue = { kind: 'percent', ...numeric };
  else factValue = { kind: 'quantity', ...numeric, unit: named.unit ?? named.attribute };
  const period = periodFor(view, value.start, periodTimes);
  const counterpart = value.kind === 'money' ? counterpartAfter(view, value, entity.entityId) : undefined;
  const end = value.equivalent
    ? Math.max(value.end, text.indexOf(')', value.equivalent.end) + 1)
    : (named.unitEnd ?? value.end);
  return {
    entityId: entity.entityId,
    attribute: named.attribute,
    value: factValue,
    evidence: { start: value.start, end },
    ...(period && { period }),
    ...(counterpart && { counterpartId: counterpart }),
    ...(FORECAST.test(text.slice(segment[0], value.start)) && { forecast: true }),
  };
}

/** "invested US$177 million in Paytm E-Commerce": the other party of a sum of money. */
function counterpartAfter(view: SentenceView, value: NumericValue, subjectId: string): string | undefined {
  const after = view.sentence.text.slice(value.end);
  const inWhat = /^\s+in\s+/.exec(after);
  const named =
    inWhat && view.mentions.find((m) => m.start === value.end + inWhat[0].length && m.entityId !== subjectId);
  if (named) return named.entityId;
  // "Lazada, in which Alibaba invested US$1 billion in 2016": the insert's antecedent.
  const insert = insertAt(view.inserts, value.start);
  return insert?.antecedent && insert.antecedent.entityId !== subjectId ? insert.antecedent.entityId : undefined;
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
