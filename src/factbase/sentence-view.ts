import type { Mention } from '../spot/match-aliases';
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
import { type CalendarDate, formatDate } from './dates';
import type { EntityKind, Period, Sentence } from './schema';
import { findTimeExpressions, type TimeExpression } from './time-expressions';

// Who and when each position in a sentence is about: the structure that facts are pinned to.

/** Definite phrases that point back to the latest entity of a kind ("the event" → Singles' Day). */
const ANAPHORS: [RegExp, readonly EntityKind[]][] = [
  [/\b[Tt]he (?:[\p{Ll}-]+\s+){0,2}(?:event|festival)\b/gu, ['event']],
  [
    // "the company", "the Chinese e-commerce giant", "the tech conglomerate"
    /\b[Tt]he (?:(?:\p{Lu}\p{Ll}+|[\p{Ll}-]+)\s+){0,2}(?:company|firm|group|conglomerate|giant|retailer)\b/gu,
    ['parent', 'business-unit', 'affiliate', 'investee'],
  ],
];
const OPENER_LEAD = /^\s*(?:(?:in|on|by|since|during|until|as of|at the end of|earlier|later)\s+)?$/i;
/** How far back (in characters) "the event" may look for what it refers to: about two paragraphs. */
const ANAPHOR_REACH = 600;

/** Everything known about one sentence while its facts are read. */
export interface SentenceView {
  sentence: Sentence;
  mentions: SentenceMention[];
  /** Names outside the catalog, which may be what a number is about instead. */
  others: SentenceMention[];
  inserts: Insert[];
  segments: [number, number][];
  times: TimeExpression[];
}

/** What every sentence of one article is read against. */
export interface ArticleView {
  /** Every catalog mention in the article, with offsets into the source text. */
  mentions: readonly Mention[];
  kinds: ReadonlyMap<string, EntityKind>;
  /** The publication date, which relative dates are resolved against. */
  reference: CalendarDate | undefined;
  /** Words the article writes in lower case, so "Sales" opening a sentence is not taken for a name. */
  commonWords: ReadonlySet<string>;
  publisherId: string | undefined;
}

export function viewOf(sentence: Sentence, article: ArticleView): SentenceView {
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

/**
 * Who a value at `position` is about. Inside an insert, its subject; otherwise the nearest
 * non-prepositional mention before it in the same clause level, else the first one after, else the
 * nearest of any. `allowed` filters out entities that cannot hold this kind of value.
 */
export function chooseEntity(
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

export function segmentAt(view: SentenceView, position: number): [number, number] {
  return view.segments.find(([s, e]) => position >= s && position < e) ?? [0, view.sentence.text.length];
}

/** The time a fact holds for: a time expression in its clause, else one that opens the sentence. */
export function periodFor(view: SentenceView, position: number, times: readonly TimeExpression[]): Period | undefined {
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
