import { type CalendarDate, dateOf } from '../factbase/dates';
import type { EntityKind, Fact, FactBase } from '../factbase/schema';
import { A_YEAR_EARLIER, findTimeExpressions, type TimeExpression } from '../factbase/time-expressions';
import { findUnitReferences, unitWordsOf } from '../factbase/unit-references';
import { findValues, type NumericValue } from '../factbase/values';
import type { Matcher, Mention } from '../spot/match-aliases';
import { type ClaimMeasure, readClaimMeasure } from './claim-measure';
import type { FactTimes } from './decide';
import { daysBetween, disjoint, type Interval, isoRange, timeRange } from './intervals';
import { numberFit, stemsOf, timeFit } from './measures';
import { rangesOf } from './ranges';

/** A value a page sentence states: a number (count, money, share), with its range when given as one, or a time. */
export type StatedValue =
  | { kind: 'number'; start: number; end: number; text: string; number: NumericValue; range?: Interval }
  | { kind: 'time'; start: number; end: number; text: string; time: TimeExpression };

/** A value of a sentence and the facts of the source that measure what it measures, best first. */
export interface ClaimCandidate {
  value: StatedValue;
  facts: Fact[];
  /** The time the sentence puts the value in, apart from the value itself; `atEnd` for "at the end of 2019". */
  when?: { range: Interval; label: string; atEnd?: boolean };
  /** What the sentence says the value measures. */
  measure: ClaimMeasure;
  /** The sentence the value is in. */
  sentence: string;
}

export interface ClaimFinder extends FactTimes {
  /** The values of a page sentence that the source speaks to, each with the facts that measure the same. */
  find(sentence: string): ClaimCandidate[];
}

/**
 * Finds claims over one fact base. Facts are looked for among the entities a sentence names; a fact
 * that involves another entity (Alibaba's investment in Lazada) answers a value only when the
 * value's clause names no other one (not Paytm). Where the sentence sets its value in a time, facts
 * of that time come first. What depends on the fact base alone is worked out once, here.
 */
export function createClaimFinder(factBase: FactBase, matcher: Matcher): ClaimFinder {
  const kinds = new Map(factBase.entities.map((e) => [e.id, e.kind]));
  const kindOf = (id: string) => kinds.get(id) ?? 'business-unit';
  const unitWords = unitWordsOf(factBase.entities);
  // The group, and an event a claim sets its figure in ("during Singles’ Day 2019"), compete with no one.
  const context = (id: string) => kinds.get(id) === 'parent' || kinds.get(id) === 'event';
  // A headline states in short what the body says in full: the body's sentence is the one to cite.
  const summary = new Set(factBase.passages.filter((p) => p.kind !== 'body').map((p) => p.id));
  const published = new Map(factBase.sources.map((s) => [s.id, Number(s.publishedAt?.slice(0, 4)) || 0]));
  const quoteNames = new Map<Fact, Set<string>>();
  const namesInQuote = (fact: Fact) => {
    let names = quoteNames.get(fact);
    if (!names) {
      names = new Set(matcher.findMentions(fact.quote.text, new Set([fact.entityId])).map((m) => m.entityId));
      quoteNames.set(fact, names);
    }
    return names;
  };
  const timeOf = (fact: Fact) => {
    if (fact.period) return isoRange(fact.period.from, fact.period.to);
    const year = published.get(fact.sourceId);
    return year ? isoRange(String(year)) : undefined;
  };
  const first = factBase.sources[0]?.publishedAt;
  const reference = first ? dateOf(first) : undefined;
  const days = new Map(factBase.sources.map((s) => [s.id, s.publishedAt?.slice(0, 10)]));
  const publishedOn = (fact: Fact) => {
    const day = days.get(fact.sourceId);
    return day ? isoRange(day) : undefined;
  };
  /** Whether every entity of the value's clause besides the fact's own parties (and the group, and events) is in its quote. */
  const involvesOnly = (fact: Fact, nearby: ReadonlySet<string>) =>
    [...nearby].every(
      (id) => id === fact.entityId || id === fact.counterpartId || context(id) || namesInQuote(fact).has(id),
    );
  /**
   * Whether a fact is about what the sentence names: its own entity, or for the date of a beginning
   * (Zhang "launched" Singles’ Day in 2009) the thing that began, when no other party of its kind is named.
   */
  const about = (fact: Fact, named: ReadonlySet<string>) => {
    if (named.has(fact.entityId)) return true;
    if (fact.value.kind !== 'date' || !fact.counterpartId || !named.has(fact.counterpartId)) return false;
    return (
      ['launched', 'founded'].includes(fact.attribute) &&
      ![...named].some((id) => kinds.get(id) === kinds.get(fact.entityId))
    );
  };
  const order = (facts: Fact[]) =>
    facts.sort((a, b) => Number(summary.has(a.passageId)) - Number(summary.has(b.passageId)));
  return {
    timeOf,
    publishedOn,
    inSummary: (fact) => summary.has(fact.passageId),
    find: (sentence) =>
      findIn(sentence, factBase, matcher, { reference, timeOf, involvesOnly, about, order, kindOf, unitWords }),
  };
}

/** What `findIn` needs from the fact base, worked out once. */
interface FactBaseView {
  /** The day the article was published: a page's "in December" is read as the article's reader would. */
  reference: CalendarDate | undefined;
  timeOf(fact: Fact): Interval | undefined;
  involvesOnly(fact: Fact, nearby: ReadonlySet<string>): boolean;
  about(fact: Fact, named: ReadonlySet<string>): boolean;
  order(facts: Fact[]): Fact[];
  kindOf(id: string): EntityKind;
  /** The words each unit may be described by, for "Alibaba’s local services business". */
  unitWords: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Whether a page's time is the time a fact holds for: the same span for an accounting period (a
 * page's "2019" is not the article's "12 months ended 30 June 2020"), any shared day otherwise
 * (for a moment, or a run of days such as a shopping festival's).
 */
export function sameTime(when: Interval, held: Interval, fact: Fact): boolean {
  // A run of days ("between Nov. 1 and Nov. 11") is no accounting period: any shared day will do.
  if (!fact.period?.to || daysBetween(held.low, held.high) < 28) return !disjoint(when, held);
  return daysBetween(when.low, held.low) <= 3 && daysBetween(when.high, held.high) <= 3;
}

function findIn(sentence: string, factBase: FactBase, matcher: Matcher, view: FactBaseView): ClaimCandidate[] {
  const names = matcher.findMentions(sentence);
  const units = unitsIn(sentence, names, view);
  const described = new Set(units.map((u) => u.entityId));
  const mentions = [...names, ...units].sort((a, b) => a.start - b.start);
  const named = new Set(mentions.map((m) => m.entityId));
  if (named.size === 0) return [];
  const times = findTimeExpressions(sentence, view.reference).filter((t) => !t.recurring);
  const numbers = findValues(sentence, times).filter((n) => n.kind !== 'quantity' || n.amount > 0);
  const values: StatedValue[] = [
    ...rangesOf(sentence, numbers).map(({ number, range, end }) => ({
      kind: 'number' as const,
      start: number.start,
      end,
      text: sentence.slice(number.start, end),
      number,
      ...(range && { range }),
    })),
    ...times.map((time) => ({
      kind: 'time' as const,
      start: time.start,
      end: time.end,
      text: sentence.slice(time.start, time.end),
      time,
    })),
  ];
  const sentenceStems = new Set(stemsOf(sentence));
  const holder = holderOf(sentence, mentions);
  const candidates: ClaimCandidate[] = [];
  for (const value of values) {
    const otherTimes = times.filter((t) => t.start !== value.start);
    const when = value.kind === 'number' ? pageTime(sentence, value.end, otherTimes, view.reference) : undefined;
    // The entities in the value's own clause: "launched in 2008, years after Taobao" is not about Taobao.
    const [from, to] = clauseOf(sentence, value);
    // A unit the sentence only describes ("Cainiao’s international arm") is part of whoever it names.
    const nearby = new Set(names.filter((m) => m.start < to && m.end > from).map((m) => m.entityId));
    const measure = readClaimMeasure(
      sentence,
      value.kind === 'number' ? value.number : { ...value, kind: 'quantity' },
      [...mentions, ...otherTimes],
    );
    const scored: { fact: Fact; score: number }[] = [];
    for (const fact of factBase.facts) {
      // A forecast neither bears out nor rules out what a page says happened, only what it says is
      // planned; and the date of a plan ("plans to open … this year") is no date of what happened.
      if (!view.about(fact, named) || (fact.forecast && !measure.forward)) continue;
      if (value.kind === 'time' && measure.forward && !fact.forecast) continue;
      const score =
        value.kind === 'time'
          ? timeFit(fact, sentence, sentenceStems)
          : numberFit(fact, value.number, sentence, sentenceStems);
      if (score === undefined || !view.involvesOnly(fact, nearby)) continue;
      // "SoftBank still holds more than 5% of One97": another holder's stake than the article's.
      if (holder && /\bstake\b/.test(fact.attribute) && !holds(holder, fact)) continue;
      // A fact of the sentence's own time ranks above any other.
      const held = view.timeOf(fact);
      const timely = !when || !held || sameTime(when.range, held, fact);
      // …and a fact of the unit the sentence describes above one of the group that owns it.
      scored.push({ fact, score: score + (timely ? 10 : 0) + (described.has(fact.entityId) ? 5 : 0) });
    }
    if (scored.length === 0) continue;
    // Best first; among equals, the body's sentence before a headline's.
    const ranked = [...new Set(scored.map((s) => s.score))]
      .sort((a, b) => b - a)
      .flatMap((score) => view.order(scored.filter((s) => s.score === score).map((s) => s.fact)));
    candidates.push({ value, facts: ranked, measure, sentence, ...(when && { when }) });
  }
  return candidates;
}

/** A name just before "holds", "owns": who holds the stake a page speaks of. */
const HOLDER =
  /(\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*)*)\s+(?:(?:will|would|could|may|still|now|also|\p{Ll}+ly)\s+)?(?:owns?|owned|holds?|held)\b/u;

/** Who a page says holds a stake ("SoftBank holds…"): the name, and the catalog's entity when it knows it. */
function holderOf(sentence: string, mentions: readonly Mention[]): { name: string; entityId?: string } | undefined {
  const m = HOLDER.exec(sentence);
  const name = m?.[1];
  if (!m || !name) return undefined;
  const known = mentions.find((x) => x.start < m.index + name.length && x.end > m.index);
  return { name, ...(known && { entityId: known.entityId }) };
}

/** Whether a stake fact is the holder's: its own entity's, or one whose quote names the holder. */
function holds(holder: { name: string; entityId?: string }, fact: Fact): boolean {
  return holder.entityId === fact.entityId || fact.quote.text.includes(holder.name);
}

/** The time a page sets a figure in, apart from the figure: the sentence's other times, or "a year earlier". */
function pageTime(
  sentence: string,
  end: number,
  otherTimes: readonly TimeExpression[],
  reference: CalendarDate | undefined,
): ClaimCandidate['when'] {
  if (otherTimes.length === 0) return earlierThanNow(sentence.slice(end), reference);
  return {
    range: {
      low: Math.min(...otherTimes.map((t) => timeRange(t).low)),
      high: Math.max(...otherTimes.map((t) => timeRange(t).high)),
    },
    label: otherTimes.map((t) => t.label).join(', '),
    ...(otherTimes.every((t) => AT_END.test(sentence.slice(0, t.start))) && { atEnd: true }),
  };
}

/** "…75 million users a year earlier.": a page's figure of a year before its own now, ending its clause. */
const YEAR_EARLIER = new RegExp(`^[^,;.]*?\\b${A_YEAR_EARLIER}\\s*(?:[,;.)]|$)`, 'i');

/** The year before the story's for a figure a page dates "a year earlier", so that now's figure is not taken for it. */
function earlierThanNow(after: string, reference: CalendarDate | undefined): ClaimCandidate['when'] {
  if (!reference || !YEAR_EARLIER.test(after)) return undefined;
  return { range: isoRange(String(reference.year - 1)), label: 'a year earlier' };
}

/** "at the end of 2019", "by the end of June": the page speaks of the last days of the span, not all of it. */
const AT_END = /\b(?:at|by|as\s+of)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?$/i;

/** The units a sentence describes ("Alibaba’s local services business", "the cloud unit"). */
function unitsIn(sentence: string, mentions: Mention[], view: FactBaseView): Mention[] {
  return findUnitReferences(sentence, 0, mentions, view.kindOf, view.unitWords).filter((u) => u.entityId);
}

/** The clause a value stands in: between the commas, semicolons, dashes or brackets around it. */
function clauseOf(sentence: string, value: { start: number; end: number }): [number, number] {
  const before = sentence.slice(0, value.start);
  const start = Math.max(...[',', ';', '—', '–', '('].map((c) => before.lastIndexOf(c)));
  const after = sentence.slice(value.end).search(/[,;—–)]/);
  return [start + 1, after < 0 ? sentence.length : value.end + after];
}
