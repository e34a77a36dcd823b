import type { Matcher, Mention } from '../spot/match-aliases';
import {
  clauseCommas,
  findInserts,
  findNameLists,
  findOtherNames,
  type Insert,
  insertAt,
  markRole,
  type SentenceMention,
  segmentsOf,
} from './analyse-sentence';
import { attributeOf } from './attributes';
import { type CalendarDate, dateOf, formatDate } from './dates';
import type { ParsedArticle } from './parse-article';
import { type FoundRelation, findBases, findRelations, findRoles } from './relations';
import type { Entity, EntityKind, Fact, Passage, Period, Sentence } from './schema';
import { findTimeExpressions, type TimeExpression } from './time-expressions';
import { findValues, type NumericValue } from './values';

export interface ExtractContext {
  matcher: Matcher;
  entities: readonly Entity[];
}

/** Definite phrases that point back to the latest entity of a kind ("the event" → Singles' Day). */
const ANAPHORS: [RegExp, readonly EntityKind[]][] = [
  [/\b[Tt]he (?:event|festival|shopping festival)\b/g, ['event']],
  [
    /\b[Tt]he (?:company|firm|group|conglomerate|e-commerce giant|tech giant)\b/g,
    ['parent', 'business-unit', 'affiliate', 'investee'],
  ],
];
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
const OPENER_LEAD = /^\s*(?:(?:in|on|by|since|during|until|as of|at the end of|earlier|later)\s+)?$/i;
const DURATION = /^(?:years?|months?|decades?|weeks?)$/;
/** How far back (in characters) "the event" may look for what it refers to: about two paragraphs. */
const ANAPHOR_REACH = 600;
const FACT_PASSAGES = new Set<Passage['kind']>(['title', 'standfirst', 'body']);

/** Everything known about one sentence while its facts are read. */
interface SentenceView {
  sentence: Sentence;
  mentions: SentenceMention[];
  /** Names outside the catalog, which may be what a number is about instead. */
  others: SentenceMention[];
  inserts: Insert[];
  segments: [number, number][];
  times: TimeExpression[];
}

/** What every sentence of one article is read against. */
interface ArticleView {
  /** Every catalog mention in the article, with offsets into the source text. */
  mentions: readonly Mention[];
  kinds: ReadonlyMap<string, EntityKind>;
  /** The publication date, which relative dates are resolved against. */
  reference: CalendarDate | undefined;
  /** Words the article writes in lower case, so "Sales" opening a sentence is not taken for a name. */
  commonWords: ReadonlySet<string>;
  publisherId: string | undefined;
}

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

function viewOf(sentence: Sentence, article: ArticleView): SentenceView {
  const text = sentence.text;
  const kindOf = (id: string) => article.kinds.get(id) ?? 'business-unit';
  const local = article.mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start, kind: kindOf(m.entityId) }));
  const anaphors = ANAPHORS.flatMap(([pattern, wanted]) =>
    [...text.matchAll(pattern)].flatMap((m) => {
      const at = sentence.start + m.index;
      const target = article.mentions
        .filter((x) => x.end <= at && x.end >= at - ANAPHOR_REACH && wanted.includes(kindOf(x.entityId)))
        .at(-1);
      if (!target) return [];
      const end = m.index + m[0].length;
      return [{ entityId: target.entityId, kind: kindOf(target.entityId), start: m.index, end, text: m[0] }];
    }),
  );
  const mentions = [...local, ...anaphors].sort((a, b) => a.start - b.start).map((m) => markRole(text, m));
  const lists = findNameLists(text);
  const commas = clauseCommas(text, lists);
  return {
    sentence,
    mentions,
    others: findOtherNames(text, mentions, article.commonWords).map((m) => markRole(text, m)),
    inserts: findInserts(text, commas, mentions),
    segments: segmentsOf(text, commas),
    times: findTimeExpressions(text, article.reference),
  };
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
  if (inWhat)
    return view.mentions.find((m) => m.start === value.end + inWhat[0].length && m.entityId !== subjectId)?.entityId;
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
    },
    evidence: { start: relation.start, end: relation.end },
    ...(period && { period }),
  };
}

/**
 * Who a value at `position` is about. Inside an insert, its subject; otherwise the nearest
 * non-prepositional mention before it in the same clause level, else the first one after, else the
 * nearest of any. `allowed` filters out entities that cannot hold this kind of value.
 */
function chooseEntity(
  view: SentenceView,
  position: number,
  allowed: (m: SentenceMention) => boolean,
): SentenceMention | undefined {
  const insert = insertAt(view.inserts, position);
  if (insert?.subject && allowed(insert.subject)) return insert.subject;
  const pool = [...view.mentions, ...view.others]
    .filter((m) => allowed(m) && !m.speaker && insertAt(view.inserts, m.start) === insert)
    .sort((a, b) => a.start - b.start);
  const subjects = pool.filter((m) => !m.prepositional);
  const nearest = (list: SentenceMention[]) =>
    list.reduce<SentenceMention | undefined>(
      (best, m) => (!best || Math.abs(m.start - position) < Math.abs(best.start - position) ? m : best),
      undefined,
    );
  const chosen =
    subjects.filter((m) => m.end <= position).at(-1) ?? subjects.find((m) => m.start >= position) ?? nearest(pool);
  // A name outside the catalog won: the number is about someone we do not track.
  return chosen?.entityId ? chosen : undefined;
}

function segmentAt(view: SentenceView, position: number): [number, number] {
  return view.segments.find(([s, e]) => position >= s && position < e) ?? [0, view.sentence.text.length];
}

/** The time a fact holds for: a time expression in its clause, else one that opens the sentence. */
function periodFor(view: SentenceView, position: number, times: readonly TimeExpression[]): Period | undefined {
  const [start, end] = segmentAt(view, position);
  const text = view.sentence.text;
  const opener = view.segments.length > 1 ? view.segments[0] : undefined;
  // An opening adverbial ("In March this year, …", "Last year, …") dates the whole sentence.
  const opens = (t: TimeExpression) => opener && t.end <= opener[1] && OPENER_LEAD.test(text.slice(0, t.start));
  const time =
    times.find((t) => t.start >= start && t.end <= end) ??
    (opener && position >= opener[1] ? times.find(opens) : undefined);
  if (!time) return undefined;
  return {
    text: view.sentence.text.slice(time.start, time.end),
    label: time.label,
    from: formatDate(time.from),
    ...(time.to && { to: formatDate(time.to) }),
    ...(time.recurring && { recurring: true }),
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
