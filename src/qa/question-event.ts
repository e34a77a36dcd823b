import { type CalendarDate, calendarOf } from '../factbase/dates';
import type { Fact } from '../factbase/schema';
import type { QuestionEntity } from './entity-lexicon';
import { STOPWORDS, stem, words } from './lexicon';

/** An event a question dates what it asks by: "How many staff did Trendyol have when Alibaba bought in?" */
export interface QuestionEvent {
  /** Where the event's words begin in the question. */
  start: number;
  /** Who the event is of ("Alibaba"). */
  entityIds: string[];
  /** Its other words, stemmed ("buy"). */
  stems: string[];
}

/**
 * A clause after the question proper that says when, not what: "…when Alibaba bought in?", "…at
 * the time of the listing", "…after the new funding".
 */
const TIME_CLAUSE = /(\s(when|at\s+the\s+time|after|before|since|following|until)\s+)\S[^?]*\??\s*$/i;

/** Where a question's closing time clause begins (its first word), if it has one. */
export function timeClauseStart(question: string): number | undefined {
  const m = TIME_CLAUSE.exec(question);
  return m ? m.index : undefined;
}

/** The event a question's closing "when" clause names, if it names who it is of. */
export function questionEvent(question: string, entities: readonly QuestionEntity[]): QuestionEvent | undefined {
  const m = TIME_CLAUSE.exec(question);
  if (!m?.[1] || !/^(?:when|at\s+the\s+time)$/i.test(m[2] ?? '')) return undefined;
  const start = m.index + m[1].length;
  const of = entities.filter((e) => e.start >= start);
  // Its own subject must be named, and something else asked about before it.
  if (of.length === 0 || of.length === entities.length) return undefined;
  const inName = (at: number) => of.some((e) => at >= e.start && at < e.end);
  const stems = words(question.slice(start))
    .filter((w) => !inName(start + w.start) && !STOPWORDS.has(w.word.toLowerCase()))
    .map((w) => stem(w.word));
  return stems.length > 0 ? { start, entityIds: of.map((e) => e.entityId), stems } : undefined;
}

/**
 * When the event happened, as the sources tell it: the time of a fact of its subject whose words
 * share one with the event's ("took control of", "bought a stake in" for "bought in").
 */
export function eventTime(
  event: QuestionEvent,
  facts: readonly Fact[],
): { from: CalendarDate; to: CalendarDate } | undefined {
  const told = facts.find(
    (f) =>
      f.period &&
      event.entityIds.includes(f.entityId) &&
      words(f.attribute).some((w) => event.stems.includes(stem(w.word))),
  );
  if (!told?.period) return undefined;
  const from = calendarOf(told.period.from);
  return { from, to: told.period.to ? calendarOf(told.period.to) : from };
}
