import { type CalendarDate, dateOf, lastDayOf } from '../factbase/dates';
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

function parse(iso: string): CalendarDate {
  const [year = 0, month, day] = iso.split('-').map(Number);
  return { year, ...(month && { month }), ...(day && { day }) };
}

/**
 * When a candidate holds: its fact's period, the date it states, the time its clause names ("the
 * 213.5 billion yuan recorded last year", "in 2018 it took 1 hour and 47 minutes"), or else when its
 * source was published.
 */
function timeOf(c: Candidate, s: IndexedSentence): [number, number] | undefined {
  const period = c.fact?.period;
  if (period) return range(parse(period.from), period.to ? parse(period.to) : undefined);
  if (c.fact?.value.kind === 'date') return range(parse(c.fact.value.date));
  const published = s.source.publishedAt ? dateOf(s.source.publishedAt) : undefined;
  const stated = c.fact ? undefined : timeInClause(c, s, published);
  if (stated) return range(stated.from, stated.to);
  return published ? range(published) : undefined;
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
  return timesIn(text, reference)
    .filter((t) => t.start >= from && t.end <= to && !t.recurring)
    .sort((a, b) => distance(a) - distance(b))[0];
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
    place && !q.constraints.outside ? placeSpans(text, place).map((p) => ({ ...p, term: `${ANCHOR}place` })) : [];
  const named = names
    .filter((n) => n.inQuestion && n.kind === 'external')
    .map((n) => ({ start: n.start, end: n.end, term: `${ANCHOR}${n.entityId ?? n.text}` }));
  return [...placed, ...named];
}

/**
 * Whether an answer meets the question's constraints: a time it must hold for ("in 2021" is not
 * answered by a 2017 figure) and a place the sentence must name ("in Germany").
 */
export function satisfies(c: Candidate, s: IndexedSentence, q: QuestionAnalysis): boolean {
  const { from, to, place, outside } = q.constraints;
  if (from) {
    const wanted = range(from, to);
    const held = timeOf(c, s);
    if (!held || held[1] < wanted[0] || held[0] > wanted[1]) return false;
  }
  if (place) {
    const text = s.sentence.text;
    if (outside) return new RegExp(`\\boutside\\s+(?:of\\s+)?(?:mainland\\s+)?${place}`, 'i').test(text);
    const places = c.fact?.value.kind === 'relation' ? (c.fact.value.places ?? []).join(' ') : '';
    if (!namesPlace(`${text} ${places}`, place)) return false;
  }
  return true;
}
