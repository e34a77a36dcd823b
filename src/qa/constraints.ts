import { type CalendarDate, calendarOf, dateOf, lastDayOf } from '../factbase/dates';
import { SAYS_NOW } from '../factbase/time-expressions';
import { FLOW_MEASURE } from '../factbase/value-words';
import type { QuestionAnalysis } from './analyse-question';
import type { Candidate } from './candidates';
import { clauseAround } from './clauses';
import type { IndexedSentence } from './search-index';
import { ANCHOR, type NameSpan, type termHits } from './text-spans';
import { timesIn } from './value-keys';

/** A date as a sortable day number range: a year covers all its days, a month all of its own. */
function range(d: CalendarDate, end?: CalendarDate): [number, number] {
  const key = (y: number, m: number, day: number) => y * 10000 + m * 100 + day;
  const last = end ?? d;
  const lastMonth = last.month ?? 12;
  return [
    key(d.year, d.month ?? 1, d.day ?? 1),
    key(last.year, lastMonth, last.day ?? lastDayOf(last.year, lastMonth)),
  ];
}

/** A day number as days since year 0, near enough for comparing spans (months of 31 days). */
function days(key: number): number {
  return Math.floor(key / 10000) * 372 + (Math.floor(key / 100) % 100) * 31 + (key % 100);
}

/**
 * Whether a time held lies within the time asked for: a figure for the fiscal year to March is no
 * answer for "the first half", though the two overlap. A span may stray by a quarter of a year, or
 * half the asked span if that is shorter, for fiscal calendars ("the six months to September" is the
 * company's first half).
 */
function within(held: [number, number], wanted: [number, number]): boolean {
  // A moment (a day, a month) has no fiscal calendar: it is in the time asked for or not.
  const span = days(held[1]) - days(held[0]);
  const slack = span <= 31 ? 0 : Math.min(93, 0.55 * (days(wanted[1]) - days(wanted[0])));
  return days(held[0]) >= days(wanted[0]) - slack && days(held[1]) <= days(wanted[1]) + slack;
}

const span = ([low, high]: [number, number]) => days(high) - days(low);
/** What a company reports for an accounting period, over which it adds up. */
const FLOW = new RegExp(`\\b${FLOW_MEASURE}\\b`, 'i');

/**
 * When a candidate holds: its fact's period, the date it states, the time its clause names ("the
 * 213.5 billion yuan recorded last year", "in 2018 it took 1 hour and 47 minutes"), a time carried
 * from the sentence's opening or the sentence before (`carriedTime`), or else when its source was published.
 */
function timeOf(c: Candidate, s: IndexedSentence): [number, number] | undefined {
  const period = c.fact?.period;
  if (period) return range(calendarOf(period.from), period.to ? calendarOf(period.to) : undefined);
  if (c.fact?.value.kind === 'date') return range(calendarOf(c.fact.value.date));
  const published = s.source.publishedAt ? dateOf(s.source.publishedAt) : undefined;
  const stated = timeInClause(c, s, published) ?? carriedTime(s, published);
  if (stated) return range(stated.from, stated.to);
  return published ? range(published) : undefined;
}

/**
 * The time a figure with none of its own holds for: one that opens the sentence ("For the fiscal year
 * ended March, … but swung to a net loss of 283 million yuan"), or the last the sentence before in
 * its paragraph names ("Revenue rose … in the six months to September. Net profit doubled to …").
 */
function carriedTime(s: IndexedSentence, reference: CalendarDate | undefined) {
  const text = s.sentence.text;
  const opening = timesIn(text, reference).find(
    (t) => !t.recurring && /^[^,;]*$/.test(text.slice(0, t.start)) && text.indexOf(',', t.end) >= 0,
  );
  if (opening) return opening;
  // "It now employs 6,500": a sentence of the present takes no time from the one before.
  return s.before && !SAYS_NOW.test(text)
    ? timesIn(s.before.text, reference)
        .filter((t) => !t.recurring)
        .at(-1)
    : undefined;
}

/**
 * The time expression a text answer is, or else the nearest within its clause, if any: the time the
 * answer holds for.
 */
function timeInClause(c: Candidate, s: IndexedSentence, reference: CalendarDate | undefined) {
  const text = s.sentence.text;
  const start = c.start - s.sentence.start;
  const end = c.end - s.sentence.start;
  const [from, to] = clauseAround(text, start);
  const distance = (t: { start: number; end: number }) =>
    t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
  const times = timesIn(text, reference).filter((t) => t.start >= from && t.end <= to && !t.recurring);
  // "…up 85.6% from the 268.4 billion yuan reported for last year's event": a figure compared with
  // is dated by what follows it; what comes before dates the figure it is compared to.
  if (/\bfrom\s+(?:the\s+|a\s+)?$/i.test(text.slice(Math.max(from, start - 12), start))) {
    const after = times.filter((t) => t.start >= end).sort((a, b) => a.start - b.start)[0];
    if (after) return after;
  }
  return times.sort((a, b) => distance(a) - distance(b))[0];
}

const PLACE_ALIASES: Record<string, string[]> = {
  us: ['united states', 'america', 'u.s.'],
  'united states': ['us', 'america', 'u.s.'],
  uk: ['united kingdom', 'britain'],
  china: ['chinese', 'mainland'],
  hk: ['hong kong'],
  'hong kong': ['hk'],
};

/** Where a text names a place, by its name or another ("Hong Kong" for "HK"), offsets in the text. */
export function placeSpans(text: string, place: string): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const wanted = place.toLowerCase();
  // "(?![$\w])": "US" the place, not the "US" of "US$447 million".
  return [wanted, ...(PLACE_ALIASES[wanted] ?? [])].flatMap((p) =>
    [...lower.matchAll(new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![$\\w])`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
}

function namesPlace(text: string, place: string): boolean {
  return placeSpans(text, place).length > 0;
}

/**
 * What else the question names, where the sentence holds it: the place it asks about and its names
 * outside the catalog, as hits of their own (`ANCHOR` terms) for weighing an answer's clause.
 */
export function anchorsIn(
  text: string,
  names: readonly (NameSpan & { entityId?: string })[],
  q: QuestionAnalysis,
): ReturnType<typeof termHits> {
  const place = q.constraints.place;
  const placed =
    place && !q.constraints.outside
      ? placeSpans(text, place).map((p) => ({ ...p, term: `${ANCHOR}place`, credit: 1 }))
      : [];
  const named = names
    .filter((n) => n.inQuestion && n.kind === 'external')
    .map((n) => ({ start: n.start, end: n.end, term: `${ANCHOR}${n.entityId ?? n.text}`, credit: 1 }));
  return [...placed, ...named];
}

const EARLIER_ASKED =
  /\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+(?:year|quarter)|year-earlier)\b/i;
const EARLIER_STATED = /\b(?:earlier|before|ago|previous|prior|last\s+year|(?:up|down)\s+from|from)\b/i;

/**
 * Whether a figure fails a question about the year before ("What was the margin a year earlier?"):
 * its clause says nothing of an earlier time ("Gross margin was about 22 per cent in the half").
 */
export function missesEarlier(c: Candidate, s: IndexedSentence, q: QuestionAnalysis): boolean {
  if (!EARLIER_ASKED.test(q.question)) return false;
  const [from, to] = clauseAround(s.sentence.text, c.start - s.sentence.start);
  return !EARLIER_STATED.test(s.sentence.text.slice(from, to));
}

/** Whether a sentence names a time within the one the question asks about ("recorded in 2018"). */
export function namesTimeAsked(s: IndexedSentence, q: QuestionAnalysis): boolean {
  const { from, to } = q.constraints;
  if (!from) return false;
  const wanted = range(from, to);
  const published = s.source.publishedAt ? dateOf(s.source.publishedAt) : undefined;
  return timesIn(s.sentence.text, published).some((t) => !t.recurring && within(range(t.from, t.to), wanted));
}

/**
 * Whether a figure is of a time long gone: it holds for a time that ended over a year before its
 * source was published ("Singles' Day began in 2009 … with 27 participating merchants"). A question
 * that names no time asks about the story's present.
 */
export function isPast(c: Candidate, s: IndexedSentence): boolean {
  const published = s.source.publishedAt ? dateOf(s.source.publishedAt) : undefined;
  const held = timeOf(c, s);
  return published !== undefined && held !== undefined && days(held[1]) < days(range(published)[0]) - 372;
}

/**
 * Whether an answer meets the question's constraints: a time it must hold for ("in 2021" is not
 * answered by a 2017 figure) and a place the sentence must name ("in Germany").
 */
export function satisfies(c: Candidate, s: IndexedSentence, q: QuestionAnalysis): boolean {
  const { from, to, place, outside } = q.constraints;
  if (from) {
    const held = timeOf(c, s);
    const wanted = range(from, to);
    if (!held || !within(held, wanted)) return false;
    // A quarter's revenue is no answer for the year's: a figure reported for an accounting span
    // answers only for a time about as long.
    const period = c.fact?.period;
    if (!q.constraints.anySpan && period?.to && FLOW.test(c.fact?.attribute ?? '') && span(held) < 0.6 * span(wanted))
      return false;
  }
  if (place) {
    const text = s.sentence.text;
    if (outside) return new RegExp(`\\boutside\\s+(?:of\\s+)?(?:mainland\\s+)?${place}`, 'i').test(text);
    const places = c.fact?.value.kind === 'relation' ? (c.fact.value.places ?? []).join(' ') : '';
    if (!namesPlace(`${text} ${places}`, place)) return false;
  }
  return true;
}
