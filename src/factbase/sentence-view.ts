import type { Mention } from '../spot/match-aliases';
import {
  clauseCommas,
  findInserts,
  findNameLists,
  findOtherNames,
  type Insert,
  markRole,
  type SentenceMention,
  segmentsOf,
} from './analyse-sentence';
import { type Carried, findEventReferences, findReferences, mayRefer, periodReference, subjectOf } from './anaphora';
import { type CalendarDate, formatDate } from './dates';
import { WIRE_DATELINE } from './parse-article';
import { type EntityKind, ORGANISATION_KINDS, type Period, type Sentence, UNIT_KINDS } from './schema';
import { openingMeasureEnd, unnamedSubject } from './story-subject';
import { A_YEAR_EARLIER, findTimeExpressions, type TimeExpression } from './time-expressions';
import { findUnitReferences, segmentUnit, UNIT_NOUN } from './unit-references';
import { FALL, RISE } from './value-words';

// Who and when each position in a sentence is about: the structure that facts are pinned to.

/** "HONG KONG—", "BEIJING, Nov 17 -": a dateline of the place alone, in capitals, before a dash. */
const PLACE_DATELINE = /^\s*\p{Lu}{2,}(?:[\s/]+\p{Lu}{2,})*(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*[-–—]+\s*/u;
const OPENER_LEAD = /^\s*(?:(?:in|on|by|since|during|until|as of|at the end of|earlier|later)\s+)?$/i;
const WHEN_OPENER = /^\s*when\s/i;
const BARE_UNIT = new RegExp(`^the\\s+(?:${UNIT_NOUN})$`, 'i');

/** Everything known about one sentence while its facts are read. */
export interface SentenceView {
  sentence: Sentence;
  mentions: SentenceMention[];
  /** Names outside the catalog, which may be what a number is about instead. */
  others: SentenceMention[];
  inserts: Insert[];
  segments: [number, number][];
  times: TimeExpression[];
  /** What the sentence is about, for the references of the next one (`anaphora.ts`). */
  subject: SentenceMention | undefined;
  /** The accounting period the story reports on (`ArticleView.reporting`). */
  reporting?: TimeExpression;
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
  /** The organisation the story's title names first, which a sentence naming no one may speak of. */
  story?: Omit<SentenceMention, 'start' | 'end' | 'text'>;
  /** The words each catalog unit may be described by ("cloud", "logistics"), for "the cloud business". */
  unitWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that name one catalog unit, for "Cloud computing revenue rose…" (`segmentUnit`). */
  segmentNames: ReadonlyMap<string, string>;
  /** The accounting period of the first results the story reports ("revenue … in the quarter ended Sept. 30"). */
  reporting?: TimeExpression;
}

/** Reads who and when a sentence is about; `previous` is what the sentence before it was about. */
export function viewOf(sentence: Sentence, article: ArticleView, previous?: Carried): SentenceView {
  const text = sentence.text;
  const kindOf = (id: string) => article.kinds.get(id) ?? 'business-unit';
  // A wire dateline ("SHANGHAI/HONG KONG (Reuters) - ") names places and an agency, not subjects.
  const lead = (WIRE_DATELINE.exec(text) ?? PLACE_DATELINE.exec(text))?.[0].length ?? 0;
  const local = article.mentions
    .filter((m) => m.start >= sentence.start + lead && m.end <= sentence.end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start, kind: kindOf(m.entityId) }));
  // "Alibaba’s local services business … Revenue from the unit rose": a bare "the unit" is the unit
  // the sentence before was about, when it was one.
  const priorUnit =
    previous?.subject?.entityId && UNIT_KINDS.includes(previous.subject.kind) ? previous.subject : undefined;
  const units = findUnitReferences(text, sentence.start, article.mentions, kindOf, article.unitWords).map((u) =>
    priorUnit && BARE_UNIT.test(u.text) ? { ...u, entityId: priorUnit.entityId, kind: priorUnit.kind } : u,
  );
  const known = byStart([
    ...local,
    ...findEventReferences(text, sentence.start, article.mentions, kindOf),
    ...units.filter((u) => u.entityId && !local.some((m) => m.start < u.end && m.end > u.start)),
  ]);
  const times = findTimeExpressions(text, article.reference);
  // "Nov. 1": a date, not a name that could be what a number is about.
  // A unit described but not known ("The unit serves …, Alibaba said") is somebody, but not the speaker.
  const unknown = units.filter((u) => !u.entityId).map((u) => ({ ...u, kind: 'business-unit' as const }));
  const others = [...findOtherNames(text, known, article.commonWords), ...unknown]
    .filter((m) => m.start >= lead && !times.some((t) => m.start < t.end && m.end > t.start))
    .sort((a, b) => a.start - b.start)
    .map((m) => markRole(text, m));
  const lists = findNameLists(text);
  const commas = clauseCommas(text, lists);
  const marked = byStart(known).map((m) => markRole(text, m));
  const references = mayRefer(text)
    ? findReferences(text, [...marked, ...others], findInserts(text, commas, marked, others), previous)
    : [];
  const named = byStart([...marked, ...references.map((m) => markRole(text, m))]);
  // A sentence that names no one, inside or outside the catalog, speaks of the paragraph's or the story's subject.
  const opening = openingMeasureEnd(text);
  // A source it is said by ("according to Refinitiv data", "Hou said") is no subject.
  const nameless = named.length === 0 && others.every((o) => (o.end <= opening && !o.entityId) || o.speaker);
  const unnamed = nameless ? unnamedSubject(text, previous, article.story) : undefined;
  // "Cloud computing revenue rose 4%, the slowest pace since Alibaba began…": the unit the opening
  // measure names is the subject, whoever the sentence names after it.
  const segment = named.some((m) => m.start === 0) ? undefined : segmentUnit(text, article.segmentNames);
  const segmentSubject: SentenceMention | undefined = segment && {
    entityId: segment.entityId,
    kind: kindOf(segment.entityId),
    start: 0,
    end: 0,
    text: '',
    prepositional: false,
    speaker: false,
  };
  const mentions = segmentSubject ? [segmentSubject, ...named] : unnamed ? [unnamed] : named;
  const inserts = findInserts(text, commas, mentions, others);
  // "Chinese" in "the Chinese e-commerce giant" belongs to the reference.
  // "Net" of "Net profit" opening a sentence is no name once the sentence is the paragraph's subject's.
  const outside = others.filter(
    (o) =>
      !references.some((r) => o.start < r.end && o.end > r.start) &&
      !(unnamed && o.end <= opening) &&
      !(segment && o.end <= segment.end),
  );
  const period = periodReference(text, times, previous);
  return {
    sentence,
    mentions,
    others: outside,
    inserts,
    segments: segmentsOf(text, commas),
    times: period ? [...times, period].sort((a, b) => a.start - b.start) : times,
    subject: subjectOf(text, [...mentions, ...outside], inserts),
    ...(article.reporting && { reporting: article.reporting }),
  };
}

/** What a sentence hands on to the next one (the reader says whether that one is in the same paragraph). */
export function carryOf(view: SentenceView, previous: Carried | undefined): Carried {
  const span = view.times.find((t) => t.to) ?? previous?.span;
  // "The stock opened at HK$187…" names no one: the story goes on about whom the sentence before was about.
  const nameless = view.mentions.length === 0 && view.others.length === 0;
  const organisations = view.mentions.filter((m) => ORGANISATION_KINDS.includes(m.kind) && m.entityId);
  const lastOrganisation = organisations.at(-1) ?? previous?.lastOrganisation;
  return {
    subject: view.subject ?? (nameless ? previous?.subject : undefined),
    organisations: view.mentions.filter((m) => ORGANISATION_KINDS.includes(m.kind)),
    ...(lastOrganisation && { lastOrganisation }),
    samePassage: true,
    ...(span && { span }),
  };
}

const byStart = <T extends { start: number }>(list: T[]) => [...list].sort((a, b) => a.start - b.start);

export function segmentAt(view: SentenceView, position: number): [number, number] {
  return view.segments.find(([s, e]) => position >= s && position < e) ?? [0, view.sentence.text.length];
}

/** What else decides the time of a value besides the sentence's time expressions. */
export interface PeriodHints {
  /** The other values of the sentence: a time after a baseline ("from 1.04 billion in 2018") is the baseline's. */
  values?: readonly { start: number; end: number }[];
  /** Money and shares are flows: an accounting period anywhere in the sentence holds for them. */
  flow?: boolean;
  /** Dates of events in the sentence ("launched … in 2009 with 27 merchants"), the fallback in the value's clause. */
  events?: readonly TimeExpression[];
  /** Where the value's words end, past a sum in another currency (", or about US$2.8 billion"). */
  end?: number;
}

/** What may stand between a value and a time right after it that dates it: ", in", " on". */
const RIGHT_AFTER = /^\s*,?\s*(?:in|on|at|during|for)?\s*$/i;

const BORN = /\bborn\s+(?:in|after|before|since|between)?\s*$/i;
/** Words that make the value after them a baseline for another: "compared with", "against". */
const COMPARED_BEFORE = /\b(?:against|compared\s+with|compared\s+to|versus|vs\.?|than)\s+(?:the\s+)?$/;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/;
/** A figure after the value that it changes to: "from 8 billion to 10 billion", "from 50% in 2022 to 6.2%". */
const TO_AFTER =
  /^\s+(?:[^\s,.;]+\s+){0,4}?to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?\p{Lu}{0,3}[$¥€£]?\d/u;

/**
 * Whether `value` of `text` is a baseline another is measured against: "compared with 491,000", or
 * after "from" where the sentence speaks of a rise or fall ("cut his voting rights from more than
 * 50% to…", "up from 1.04 billion") or the value changes to another ("from 8 to 10"). "Buying from
 * 200,000 brands" is no baseline.
 */
export function isBaseline(text: string, value: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, value.start - 20), value.start);
  if (COMPARED_BEFORE.test(before)) return true;
  if (!FROM_BEFORE.test(before)) return false;
  const lead = text.slice(0, value.start);
  return RISE.test(lead) || FALL.test(lead) || TO_AFTER.test(text.slice(value.end));
}

/**
 * Whether `value` of `text` is what a change came to: "would fall to 0.0005 yuan … from 0.02 yuan",
 * "cut his voting rights from more than 50% to about 6.2%".
 */
export function isChangedTo(text: string, value: { start: number; end: number }): boolean {
  if (!/\bto\s+$/.test(text.slice(Math.max(0, value.start - 4), value.start))) return false;
  return RISE.test(text) || FALL.test(text) || /\bfrom\s/.test(text);
}

/**
 * The time a fact holds for: the time expression of its clause nearest it (after it first, as English
 * puts "325,000 in 2017"), one that opens the sentence, an accounting period of the sentence for a
 * flow, or the date of an event in its clause.
 */
export function periodFor(
  view: SentenceView,
  position: number,
  times: readonly TimeExpression[],
  hints: PeriodHints = {},
): Period | undefined {
  const [start, end] = segmentAt(view, position);
  const wordsEnd = hints.end;
  const text = view.sentence.text;
  const opener = view.segments.length > 1 ? view.segments[0] : undefined;
  // An opening adverbial ("In March this year, …", "Last year, …") or "when" clause ("When Alibaba
  // bought in three years ago, …") dates the whole sentence.
  const opens = (t: TimeExpression) =>
    opener && t.end <= opener[1] && (OPENER_LEAD.test(text.slice(0, t.start)) || WHEN_OPENER.test(text));
  const values = hints.values ?? [];
  const baseline = (v: { start: number; end: number } | undefined) =>
    v !== undefined && v.start !== position && isBaseline(text, v);
  const own = values.find((v) => v.start === position);
  // A time after a baseline is the baseline's ("from 136 billion liras in 2019"); one before the
  // change dates what the change made ("cut in January from more than 50% to about 6.2%"), not
  // what it started from.
  const reaches = (t: TimeExpression) =>
    t.start > position
      ? !values.some((v) => baseline(v) && v.start > position && v.start < t.start)
      : !(own && isBaseline(text, own)) && !baseline(values.filter((v) => v.end <= t.start).at(-1));
  // "Users born after 1995" are described by their year: it dates no figure.
  const describes = (t: TimeExpression) => BORN.test(text.slice(Math.max(0, t.start - 30), t.start));
  const inClause = (t: TimeExpression) => t.start >= start && t.end <= end && reaches(t) && !describes(t);
  const clause = times.filter(inClause);
  const time =
    clause.find((t) => t.start > position) ??
    clause.filter((t) => t.start < position).at(-1) ??
    // "fined 18.2 billion yuan, or about US$2.8 billion, in April 2021": the time right after the sum.
    times.find(
      (t) => wordsEnd !== undefined && t.start >= wordsEnd && RIGHT_AFTER.test(text.slice(wordsEnd, t.start)),
    ) ??
    (opener && position >= opener[1] ? times.find(opens) : undefined) ??
    (hints.flow ? times.find((t) => t.to && reaches(t)) : undefined) ??
    hints.events?.find((t) => t.start >= start && t.end <= end && t.start < position && !describes(t));
  if (!time) return undefined;
  return {
    text: view.sentence.text.slice(time.start, time.end),
    label: time.label,
    from: formatDate(time.from),
    ...(time.to && { to: formatDate(time.to) }),
    ...(time.recurring && { recurring: true }),
  };
}

/**
 * The span a figure holds for when the words right after it put it a year before the sentence's
 * ("a profit of 5.37 billion yuan in the same period last year", "up from 222 a year earlier"): the
 * span of `period` a year back. Otherwise `period` itself.
 */
export function yearBefore(text: string, valueEnd: number, period: Period | undefined): Period | undefined {
  const before = YEAR_BEFORE.exec(text.slice(valueEnd));
  if (!before || !period?.to || period.text === before[0].trim()) return period;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  return {
    text: before[0].trim(),
    label: period.label.replace(/\b\d{4}\b/g, (y) => String(Number(y) - 1)),
    from: back(period.from),
    to: back(period.to),
  };
}

/** Right after a figure: it is of the same span a year before ("in the same period last year", "a year earlier"). */
const YEAR_BEFORE = new RegExp(
  `^[\\s,]*(?:in\\s+)?(?:the\\s+same\\s+(?:period|quarter|months?)\\s+(?:of\\s+)?(?:last|the\\s+previous|a)\\s+year(?:\\s+earlier)?|${A_YEAR_EARLIER}|a\\s+year\\s+ago)\\b`,
  'i',
);
