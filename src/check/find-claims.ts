import type { Fact, FactBase } from '../factbase/schema';
import { findTimeExpressions, type TimeExpression } from '../factbase/time-expressions';
import { findValues, type NumericValue } from '../factbase/values';
import { STOPWORDS, stem, words } from '../qa/lexicon';
import type { Matcher } from '../spot/match-aliases';
import { disjoint, type Interval, isoRange, timeRange } from './intervals';

/** A value a page sentence states: a number (count, money, share) or a time. */
export type StatedValue =
  | { kind: 'number'; start: number; end: number; text: string; number: NumericValue }
  | { kind: 'time'; start: number; end: number; text: string; time: TimeExpression };

/** A value of a sentence and the facts of the source that speak to it, best first and tied. */
export interface ClaimCandidate {
  value: StatedValue;
  facts: Fact[];
  /** The time the sentence puts the value in, apart from the value itself. */
  when?: { range: Interval; label: string };
}

/** How far after a count its unit may stand: "15 data centres", "10 million brick-and-mortar merchants". */
const UNIT_WINDOW = 4;

const stemsOf = (text: string): string[] =>
  words(text)
    .map((w) => w.word.toLowerCase())
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);

/** What a fact measures: its attribute's stems, and for a count the stems of its unit. */
function measure(fact: Fact): { attribute: string[]; unit: string[] } {
  let found = MEASURES.get(fact);
  if (!found) {
    found = {
      attribute: stemsOf(fact.attribute),
      unit: fact.value.kind === 'quantity' ? stemsOf(fact.value.unit) : [],
    };
    MEASURES.set(fact, found);
  }
  return found;
}
/** Each fact's measure, stemmed once: every value of every sentence is tried against every fact. */
const MEASURES = new WeakMap<Fact, { attribute: string[]; unit: string[] }>();

/** How well a fact's measure fits a value in the sentence; undefined when it does not. */
function fitOf(fact: Fact, value: StatedValue, sentence: string, sentenceStems: Set<string>): number | undefined {
  const { attribute, unit } = measure(fact);
  const kind = fact.value.kind;
  if (value.kind === 'time') {
    // A time is checked against a date fact ("founded: 2009") or the date of a relation
    // ("merged with helloPay, April 2017") whose other party the sentence names too.
    if (kind !== 'date' && !(kind === 'relation' && fact.period)) return undefined;
    if (!attribute.every((s) => sentenceStems.has(s))) return undefined;
    if (fact.value.kind === 'relation' && !stemsOf(fact.value.object).some((s) => sentenceStems.has(s)))
      return undefined;
    return attribute.length;
  }
  const number = value.number;
  if (number.kind !== kind) return undefined;
  if (kind === 'quantity') {
    // The count's own noun must be the fact's unit: "15 data centres", not "15 countries".
    const after = sentence.slice(number.end);
    const near = new Set(stemsOf(after).slice(0, UNIT_WINDOW));
    const head = unit[unit.length - 1];
    if (!head || !near.has(head)) return undefined;
    return unit.filter((s) => near.has(s) || sentenceStems.has(s)).length / unit.length;
  }
  // Money and shares: every word of what they measure is in the sentence ("revenue growth").
  if (!attribute.every((s) => sentenceStems.has(s))) return undefined;
  return attribute.length;
}

export interface ClaimFinder {
  /** The values of a page sentence that the source speaks to, each with its best facts. */
  find(sentence: string): ClaimCandidate[];
  /** The days a fact holds for: its period, else the year its source was published. */
  timeOf(fact: Fact): Interval | undefined;
}

/**
 * Finds claims over one fact base. Facts are looked for among the entities a sentence names; a fact
 * that involves another entity (Alibaba's investment in Lazada) answers a value only when the
 * value's clause names no other one (not Paytm). Where the sentence sets its value in a time, facts
 * of that time come first. What depends on the fact base alone is worked out once, here.
 */
export function createClaimFinder(factBase: FactBase, matcher: Matcher): ClaimFinder {
  const parents = new Set(factBase.entities.filter((e) => e.kind === 'parent').map((e) => e.id));
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
  /** Whether every entity of the value's clause besides the fact's own (and the parent group) is in the fact's quote. */
  const involvesOnly = (fact: Fact, nearby: ReadonlySet<string>) =>
    [...nearby].every((id) => id === fact.entityId || parents.has(id) || namesInQuote(fact).has(id));
  return { timeOf, find: (sentence) => findIn(sentence, factBase, matcher, timeOf, involvesOnly) };
}

function findIn(
  sentence: string,
  factBase: FactBase,
  matcher: Matcher,
  timeOf: (fact: Fact) => Interval | undefined,
  involvesOnly: (fact: Fact, nearby: ReadonlySet<string>) => boolean,
): ClaimCandidate[] {
  const mentions = matcher.findMentions(sentence);
  const named = new Set(mentions.map((m) => m.entityId));
  if (named.size === 0) return [];
  const times = findTimeExpressions(sentence, undefined).filter((t) => !t.recurring);
  const numbers = findValues(sentence, times).filter((n) => n.kind !== 'quantity' || n.amount > 0);
  const values: StatedValue[] = [
    ...numbers.map((number) => ({
      kind: 'number' as const,
      start: number.start,
      end: number.end,
      text: number.text,
      number,
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
  const candidates: ClaimCandidate[] = [];
  for (const value of values) {
    const otherTimes = times.filter((t) => t.start !== value.start);
    const when =
      value.kind === 'number' && otherTimes.length > 0
        ? {
            range: {
              low: Math.min(...otherTimes.map((t) => timeRange(t).low)),
              high: Math.max(...otherTimes.map((t) => timeRange(t).high)),
            },
            label: otherTimes.map((t) => t.label).join(', '),
          }
        : undefined;
    // The entities in the value's own clause: "launched in 2008, years after Taobao" is not about Taobao.
    const [from, to] = clauseOf(sentence, value);
    const nearby = new Set(mentions.filter((m) => m.start < to && m.end > from).map((m) => m.entityId));
    let best: { facts: Fact[]; score: number } | undefined;
    for (const fact of factBase.facts) {
      // A forecast neither bears out nor rules out what a page says happened.
      if (!named.has(fact.entityId) || fact.forecast) continue;
      const score = fitOf(fact, value, sentence, sentenceStems);
      if (score === undefined || !involvesOnly(fact, nearby)) continue;
      // A fact of the sentence's own time ranks above any other.
      const held = timeOf(fact);
      const timely = !when || !held || !disjoint(when.range, held);
      const total = score + (timely ? 10 : 0);
      if (!best || total > best.score) best = { facts: [fact], score: total };
      else if (total === best.score) best.facts.push(fact);
    }
    if (best) candidates.push({ value, facts: best.facts, when });
  }
  return candidates;
}

/** The clause a value stands in: between the commas, semicolons, dashes or brackets around it. */
function clauseOf(sentence: string, value: { start: number; end: number }): [number, number] {
  const before = sentence.slice(0, value.start);
  const start = Math.max(...[',', ';', '—', '–', '('].map((c) => before.lastIndexOf(c)));
  const after = sentence.slice(value.end).search(/[,;—–)]/);
  return [start + 1, after < 0 ? sentence.length : value.end + after];
}
