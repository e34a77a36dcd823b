import { type CalendarDate, dateOf, lastDayOf } from '../factbase/dates';
import type { QuestionAnalysis } from './analyse-question';
import type { Candidate } from './candidates';
import type { IndexedSentence } from './search-index';

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

/** When a candidate holds: its fact's period, the date it states, or else when its source was published. */
function timeOf(c: Candidate, s: IndexedSentence): [number, number] | undefined {
  const period = c.fact?.period;
  if (period) return range(parse(period.from), period.to ? parse(period.to) : undefined);
  if (c.fact?.value.kind === 'date') return range(parse(c.fact.value.date));
  return s.source.publishedAt ? range(dateOf(s.source.publishedAt)) : undefined;
}

const PLACE_ALIASES: Record<string, string[]> = {
  us: ['united states', 'america', 'u.s.'],
  'united states': ['us', 'america', 'u.s.'],
  uk: ['united kingdom', 'britain'],
  china: ['chinese', 'mainland'],
};

function namesPlace(text: string, place: string): boolean {
  const lower = text.toLowerCase();
  const wanted = place.toLowerCase();
  // "(?![$\w])": "US" the place, not the "US" of "US$447 million".
  return [wanted, ...(PLACE_ALIASES[wanted] ?? [])].some((p) =>
    new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![$\\w])`).test(lower),
  );
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
