import type { Fact } from '../factbase/schema';
import { SAYS_NOW } from '../factbase/time-expressions';
import type { ClaimMeasure } from './claim-measure';
import { type ClaimCandidate, sameTime } from './find-claims';
import { daysBetween, type Interval, isoRange, within } from './intervals';
import { capitalise, type Judged, judge, saysOf } from './judge';
import { against } from './measures';
import { kindInWords, kindOfSpan } from './period-kinds';
import { clauseAround, conflict, factQualifiers, qualifiersIn, saysWords, stemsIn, WHOLE } from './qualifiers';

// One verdict for a page's value from every fact that measures the same thing. "Contradicted" costs
// most when wrong, so it needs a fact that is unmistakably the one the page speaks of: the same
// measure with the same qualifiers, the same kind of span, a time of its own that is the page's,
// and no other fact the page could mean that fits. Anything less is "unverifiable", citing the
// nearest fact.

/** What `decide` needs to know of when a fact holds. */
export interface FactTimes {
  /** The days a fact holds for: its period, else the year its source was published. */
  timeOf(fact: Fact): Interval | undefined;
  /** The day its source was published. */
  publishedOn(fact: Fact): Interval | undefined;
  /** Whether it is stated in a headline or standfirst, which the body says in full. */
  inSummary(fact: Fact): boolean;
}

/** The kind of span a fact's sum or share is given for: its accounting period, else its clause's words. */
function factKind(fact: Fact) {
  if (fact.period?.to) return kindOfSpan(isoRange(fact.period.from, fact.period.to));
  const { text, start } = fact.quote;
  // "In the quarter, Alibaba Cloud’s revenue was …": an opening phrase dates the whole sentence.
  const opener = /^\s*(?:In|For|During|Over)\b[^,]{0,40},/.exec(text)?.[0] ?? '';
  return kindInWords(clauseAround(text, fact.evidence.start - start, fact.evidence.end - start)) ?? kindInWords(opener);
}

/** Whether a fact's own measure is no narrower than the page's: each of its qualifiers the page says too. */
function qualifiesNoFurther(fact: Fact, measure: ClaimMeasure): boolean {
  return [...factQualifiers(fact).own].every((q) => measure.qualifiers.has(q) || q === WHOLE);
}

/** Whether the page could mean this fact: no qualifier of another measure, no other kind of span. */
function couldMean(measure: ClaimMeasure, fact: Fact, flow: boolean): boolean {
  const { own, clause } = factQualifiers(fact);
  if (conflict(measure.qualifiers, clause) || conflict(own, measure.qualifiers)) return false;
  // The page's qualifiers are the article's, said anywhere in its sentence; a word for the whole needs none.
  const said = qualifiersIn(fact.quote.text.toLowerCase());
  if ([...measure.qualifiers].some((q) => !said.has(q) && q !== WHOLE)) return false;
  const kind = flow ? factKind(fact) : undefined;
  return !(flow && measure.kind && kind && kind !== measure.kind);
}

/** The page's measure words that speak to a fact: a count's noun phrase up to the fact's own noun ("merchants", not "use"). */
function wordsFor(measure: ClaimMeasure, fact: Fact): string[] {
  if (fact.value.kind !== 'quantity') return measure.words;
  const head = stemsIn(fact.value.unit).at(-1) ?? '';
  const at = measure.words.indexOf(head);
  return at < 0 ? measure.words : measure.words.slice(0, at + 1);
}

/**
 * Whether the fact is, beyond doubt, what the page speaks of: it could be meant, the page's measure
 * words are in its sentence, it qualifies its measure no further than the page does, and its time is
 * the page's (a fact of no stated time is the day of publication, and only for a count).
 */
function decides(candidate: ClaimCandidate, fact: Fact, times: FactTimes): boolean {
  const { value, measure, when } = candidate;
  if (value.kind === 'time') return ONCE.has(fact.attribute);
  const flow = value.number.kind !== 'quantity';
  if (!couldMean(measure, fact, flow) || !saysWords(fact, wordsFor(measure, fact))) return false;
  if (!qualifiesNoFurther(fact, measure)) return false;
  if (flow && measure.kind && !factKind(fact)) return false;
  // A count moves: a page that gives no time speaks of now, which a count dated years before the
  // story ("launched in February 2014 with about 100 overseas brands") can no longer rule out.
  if (!when) return flow || !stale(fact, times);
  if (!fact.period) {
    // A figure of no stated time is the story's news: it holds on the day of publication, or for
    // the quarter a story reports just after it ends.
    const published = times.publishedOn(fact);
    if (!published) return false;
    // A sum or change is reported for a period already over: a page's period still running on the
    // day of publication ("the quarter ended June 30" in a May story) is not the one it speaks of.
    if (flow && when.range.high > published.high) return false;
    const before = when.range.high <= published.low && daysBetween(when.range.high, published.low) <= RECENT;
    return within(published, when.range) || before;
  }
  const held = isoRange(fact.period.from, fact.period.to);
  if (fact.period.to) return sameTime(when.range, held, fact);
  // A count moves: 200 million users in August 2019 do not rule out 300 million "at the end of 2019".
  const toEnd = flow || !when.atEnd || daysBetween(held.high, when.range.high) <= MONTH;
  return within(held, when.range) && toEnd;
}

/**
 * Events that happen once to the same parties: a founding, a listing, a merger. Another date for an
 * investment or a partnership may be another investment, so it rules nothing out.
 */
const ONCE = new Set([
  'founded',
  'launched',
  'listed',
  'merged with',
  'rebranded as',
  'joined',
  'born',
  'took control of',
]);

/** How close to the end of a page's span a count must be to be its count "at the end of" it. */
const MONTH = 31;

/** How many days after a period ends a story may report its figures as news. */
const RECENT = 92;

/**
 * Whether two facts hold for the same time, as far as their sources say. A count of no stated time
 * is the story's, and so is one of a month just ended ("311 stores at the end of June" in a July story).
 */
function sameHeld(a: Fact, b: Fact, times: FactTimes): boolean {
  if ((a.period?.from ?? '') === (b.period?.from ?? '') && a.period?.to === b.period?.to) return true;
  return current(a, times) && current(b, times);
}
function current(fact: Fact, times: FactTimes): boolean {
  if (!fact.period) return true;
  const published = times.publishedOn(fact);
  if (fact.value.kind !== 'quantity' || fact.period.to || !published) return false;
  const held = isoRange(fact.period.from);
  return held.high <= published.high && daysBetween(held.high, published.low) <= MONTH;
}

/** How long after its time a count still stands for the story's now: its latest report, a year at most. */
const YEAR = 366;

/** Whether a fact's time ended more than a year before its story was published. */
function stale(fact: Fact, times: FactTimes): boolean {
  const published = times.publishedOn(fact);
  if (!fact.period || !published) return false;
  const held = isoRange(fact.period.from, fact.period.to);
  return daysBetween(held.high, published.low) > YEAR;
}

/**
 * The verdict on a page's value from the facts that measure what it measures (best first):
 * supported by one the page could mean; contradicted when every fact it could mean rules it out, one
 * of them decides, and, for a page that gives no time, they all hold for the same time.
 */
export function decide(candidate: ClaimCandidate, page: string, times: FactTimes): Judged {
  const { value, facts, when, measure } = candidate;
  const flow = value.kind === 'number' && value.number.kind !== 'quantity';
  const flipped = (fact: Fact) => value.kind === 'number' && against(fact, candidate.sentence);
  const judged = facts.map((fact) => judge(value, page, fact, when, times.timeOf(fact), flipped(fact)));
  const could = judged.filter((j) => !j.otherTime && (value.kind === 'time' || couldMean(measure, j.fact, flow)));
  // A headline's figure is the body's in short ("$74 billion" for "498.2 billion yuan ($74.1 billion)").
  const told = could.some((j) => !times.inSummary(j.fact)) ? could.filter((j) => !times.inSummary(j.fact)) : could;
  // A page that says "now" and gives no time means the story's now, not a year it dates in the past.
  const now = !when && SAYS_NOW.test(candidate.sentence) ? told.filter((j) => current(j.fact, times)) : [];
  const meant = now.length > 0 ? now : told;
  const first = judged[0] as Judged;
  if (meant.length === 0) {
    if (first.verdict === 'unverifiable') return first;
    return {
      ...first,
      verdict: 'unverifiable',
      reason: `${capitalise(saysOf(first.fact))}, for another measure or span.`,
    };
  }
  const supported = meant.find(
    (j) => j.verdict === 'supported' && (value.kind === 'time' || saysWords(j.fact, wordsFor(measure, j.fact))),
  );
  if (supported) return supported;
  const open = meant.find((j) => j.verdict !== 'contradicted');
  // A figure that fits but is said of something else than the page's words ("the pharmacy business") leaves it open.
  if (open?.verdict === 'supported')
    return {
      ...open,
      verdict: 'unverifiable',
      reason: `${capitalise(saysOf(open.fact))}, of another measure than “${page}”.`,
    };
  if (open) return open;
  // A change stated the wrong way round is ruled out only for the fact's own period.
  const decider = meant.find((j) => decides(candidate, j.fact, times) && (!flipped(j.fact) || !!when));
  // Facts of another time the page could mean leave a page that gives no time open; facts of a
  // narrower measure ("international brands") are not what an unqualified page means.
  const same = meant.filter((j) => value.kind === 'time' || qualifiesNoFurther(j.fact, measure));
  const oneTime = !!when || same.every((j) => sameHeld(j.fact, same[0]?.fact ?? j.fact, times));
  if (decider && oneTime) return decider;
  const nearest = decider ?? (meant[0] as Judged);
  return {
    ...nearest,
    verdict: 'unverifiable',
    reason: `${capitalise(saysOf(nearest.fact))}; it may not be the figure “${page}” speaks of.`,
  };
}
