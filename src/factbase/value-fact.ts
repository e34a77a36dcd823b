import { insertAt, type SentenceMention } from './analyse-sentence';
import { type Attribute, attributeOf } from './attributes';
import { chooseEntity, holderAfter, ownerAfter } from './choose-entity';
import { formatDate } from './dates';
import type { Fact, Period } from './schema';
import { periodFor, type SentenceView, segmentAt, yearBefore } from './sentence-view';
import type { TimeExpression } from './time-expressions';
import { FLOW_MEASURE, POINTS_BACK } from './value-words';
import { type NumericValue, valueEnd } from './values';

/** A fact before it is placed in its passage: offsets still relative to the sentence. */
export interface Draft {
  entityId: string;
  attribute: string;
  value: Fact['value'];
  evidence: { start: number; end: number };
  period?: Period;
  counterpartId?: string;
  forecast?: boolean;
}

const FORECAST =
  /\b(?:expects?|expected|forecasts?|predicts?|projects?|projected|estimates?|will|could|plans?\s+to|planned\s+to|aims?\s+to|targets?)\b/i;
const DURATION = /^(?:years?|months?|decades?|weeks?)$/;
/** Attributes that say only what kind of number it is: a value joined to the one before measures what that one does. */
const GENERIC = new Set(['amount', 'share']);
/** "up from 1.04 billion in 2018", "compared with 491,000", "and HK$80 each": joined to the value before. */
const JOINED =
  /^[^.;:]{0,60}?(?:\b(?:and|or|from|against|compared\s+with|compared\s+to|versus|vs\.?)|,)\s+(?:the\s+)?$/;

const BASELINE = /\b(?:up|down)\s+from\s+$/;
/** "22,000 of them from overseas": a part of the count before it, with what sets the part apart. */
const PART_OF = /^\s+of\s+(?:them|which|those)\s+((?:from|in|outside|abroad|overseas)\b[^,.;:]{0,30})/;

/** The values of a sentence read so far, and the times that date them. */
export interface ValueContext {
  periodTimes: readonly TimeExpression[];
  eventTimes: readonly TimeExpression[];
  values: readonly NumericValue[];
  /**
   * The value just before this one, what it measured and whether it was a forecast; `before` when it
   * is the last of the sentence before, which this one points back at ("That is down from …").
   */
  previous?: {
    value: NumericValue;
    attribute: Attribute;
    forecast: boolean;
    before?: boolean;
    entity?: SentenceMention;
  };
}

/** "That is down from", "This compares with": a first figure set against the one the sentence before gave. */
const SET_AGAINST = new RegExp(`${POINTS_BACK.source}[^.;:]{0,40}?\\b(?:from|with|to|than)\\s+(?:the\\s+)?$`, 'i');

/** What a value measures: its own words, else the measure of the value it is joined to (`joined`). */
function measureOf(
  view: SentenceView,
  value: NumericValue,
  context: ValueContext,
): { measure?: Attribute; joined: boolean } {
  const text = view.sentence.text;
  const own = attributeOf(text, value, segmentAt(view, value.start)[0]);
  const previous = context.previous;
  // "nearly 40% of bookings, up from about 25% in 2019": the figure a change starts from measures what the one before does.
  // Only a figure that names no measure of its own ("up from 10,000 international brands" does).
  const baseline =
    BASELINE.test(text.slice(0, value.start)) &&
    previous?.value.kind === value.kind &&
    (!own || /^(?:growth|decline)$/.test(own.attribute));
  if (own && !GENERIC.has(own.attribute) && !baseline) return { measure: own, joined: false };
  if (!previous || previous.value.kind !== value.kind) return { measure: own, joined: false };
  const between = previous.before
    ? text.slice(0, value.start)
    : text.slice(valueEnd(text, previous.value), value.start);
  if (!(previous.before ? SET_AGAINST : JOINED).test(between)) return { measure: own, joined: false };
  const part = PART_OF.exec(text.slice(value.end, value.end + 60));
  const unit = previous.attribute.unit;
  if (part && unit) {
    const qualified = { attribute: previous.attribute.attribute, unit: `${unit} ${(part[1] ?? '').trim()}` };
    return { measure: { ...qualified, unitEnd: value.end + part[0].length }, joined: true };
  }
  return { measure: { ...previous.attribute, unitEnd: undefined }, joined: true };
}

/**
 * The name right after the possessive that a value's owner is ("Its CreditTech arm", "Ant’s
 * CreditTech business"): a part of it we do not track, named in the attribute ("CreditTech revenue").
 */
function partAfter(view: SentenceView, owner: SentenceMention, position: number): string | undefined {
  const text = view.sentence.text;
  const gap = /^(?:['’]s)?\s+/.exec(text.slice(owner.end))?.[0].length ?? -1;
  if (gap < 0 || (gap === 1 && !/^its$/i.test(owner.text))) return undefined;
  return view.others.find((o) => o.start === owner.end + gap && o.end <= position)?.text;
}

/** Sums that shoppers spend: what they spend during an event ("during its annual Singles’ Day festival") is the event's. */
const SPENT = /^(?:spending|GMV|sales|transactions)$/;

/** The event a sum was spent during, in the sum's clause. */
function spentDuring(view: SentenceView, value: NumericValue, measure: Attribute): SentenceMention | undefined {
  if (!SPENT.test(measure.attribute)) return undefined;
  const [, end] = segmentAt(view, value.start);
  const text = view.sentence.text;
  return view.mentions.find(
    (m) =>
      m.kind === 'event' &&
      m.start > value.end &&
      m.end <= end &&
      /\bduring\s+(?:\S+\s+){0,3}$/.test(text.slice(value.end, m.start)),
  );
}

/** What a company reports for an accounting period, and its changes: "revenue", "net loss", "ebita growth". */
const REPORTED = new RegExp(`^(?:[\\p{L}-]+\\s+){0,2}(?:${FLOW_MEASURE}|margin)(?:\\s+(?:growth|decline))?$`, 'iu');

const SPAN_WORD =
  /\b(?:years?|yearly|annual|annually|half|quarters?|quarterly|months?|monthly|weeks?|period|season)\b/i;

/**
 * A results story names its accounting period once ("Revenue for the quarter ended Sept. 30 rose…")
 * and reports the rest of its figures for it without saying so again. A reported figure with no time
 * in its sentence holds for the period the story last named; one the sentence dates does not.
 */
function reportedPeriod(
  view: SentenceView,
  value: NumericValue,
  measure: Attribute,
  context: ValueContext,
): Period | undefined {
  const span = view.reporting;
  if (!span?.to || value.kind === 'quantity' || view.times.length > 0 || context.eventTimes.length > 0)
    return undefined;
  // "For the full fiscal year, sales grew 44%": a sentence that speaks of a span names its own time.
  if (!REPORTED.test(measure.attribute) || SPAN_WORD.test(view.sentence.text)) return undefined;
  return { text: span.label, label: span.label, from: formatDate(span.from), to: formatDate(span.to) };
}

const DEFINES =
  /(?:^|[\s"“‘'])\p{Ll}[\p{Ll}-]*["”’']?,\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}(?:worth|valued\s+at|with|of)\s+$/u;

/**
 * Whether the number at `start` of `text` stands in an appositive that says what a common noun
 * means ("decacorn", a start-up worth more than US$10 billion"): a figure of no one. After a name
 * ("the Alibaba Partnership, a group of 36 senior executives") it says what the name is.
 */
export function inDefinition(text: string, start: number): boolean {
  return DEFINES.test(text.slice(Math.max(0, start - 60), start));
}

/** A number of a sentence as a fact, with what it measures, whose it is and when; undefined when unclear. */
export function valueFact(
  view: SentenceView,
  value: NumericValue,
  context: ValueContext,
): { draft?: Draft; measure?: Attribute; entity?: SentenceMention } {
  const text = view.sentence.text;
  const { measure, joined } = measureOf(view, value, context);
  if (!measure) return {};
  // "Turkey's first decacorn, a start-up worth more than US$10 billion": what a word means, of no one.
  if (inDefinition(text, value.start)) return { measure };
  const isDuration = value.kind === 'quantity' && DURATION.test(measure.attribute);
  const allowed = (m: SentenceMention) => m.kind !== 'person' || isDuration;
  const wordsEnd = valueEnd(text, value);
  // "about 39 per cent for Tencent’s WeChat Pay": the share is whoever it is for.
  const opens = /^[\s“"‘']*$/.test(text.slice(0, value.start));
  const holder = value.kind === 'percent' ? holderAfter(view, wordsEnd, opens) : undefined;
  if (holder === 'other') return { measure };
  const entity =
    (holder && allowed(holder) ? holder : undefined) ??
    (value.kind === 'money' ? (ownerAfter(view, wordsEnd) ?? spentDuring(view, value, measure)) : undefined) ??
    chooseEntity(view, value.start, allowed) ??
    // "That is down from 1.13 trillion yuan": the figure set against is of whoever the one before was.
    (joined && context.previous?.before ? context.previous.entity : undefined);
  if (!entity) return { measure };
  const part = partAfter(view, entity, value.start);
  const held =
    periodFor(view, value.start, context.periodTimes, {
      values: context.values,
      flow: value.kind !== 'quantity',
      events: isDuration ? [] : context.eventTimes,
      end: wordsEnd,
    }) ?? reportedPeriod(view, value, measure, context);
  const period = yearBefore(text, wordsEnd, held);
  const counterpart =
    value.kind !== 'quantity' ? counterpartAfter(view, value, entity.entityId, measure.attribute) : undefined;
  const end = value.equivalent ? wordsEnd : (measure.unitEnd ?? value.end);
  const segment = segmentAt(view, value.start);
  const draft: Draft = {
    entityId: entity.entityId,
    attribute: part ? `${part} ${measure.attribute}` : measure.attribute,
    value: factValueOf(value, measure),
    evidence: { start: value.start, end },
    ...(period && { period }),
    ...(counterpart && { counterpartId: counterpart }),
    // "planned to use about 40 per cent of the proceeds …, 30 per cent on research": all planned.
    ...((FORECAST.test(text.slice(segment[0], value.start)) || (joined && context.previous?.forecast)) && {
      forecast: true,
    }),
  };
  return { draft, measure, entity };
}

function factValueOf(value: NumericValue, measure: Attribute): Fact['value'] {
  const numeric = { amount: value.amount, comparator: value.comparator, precision: value.precision, text: value.text };
  if (value.kind === 'percent') return { kind: 'percent', ...numeric };
  if (value.kind === 'quantity') return { kind: 'quantity', ...numeric, unit: measure.unit ?? measure.attribute };
  const { equivalent } = value;
  return {
    kind: 'money',
    ...numeric,
    currency: value.currency ?? 'USD',
    ...(equivalent && {
      equivalent: { amount: equivalent.amount, currency: equivalent.currency, text: equivalent.text },
    }),
  };
}

/**
 * "invested US$177 million in Paytm E-Commerce", "a 33 per cent stake in Ant", "owns 62 per cent of
 * Alibaba Health", "raised its stake in Lazada to 83 per cent": the other party.
 */
function counterpartAfter(
  view: SentenceView,
  value: NumericValue,
  subjectId: string,
  attribute: string,
): string | undefined {
  const text = view.sentence.text;
  const end = valueEnd(text, value);
  const other = (at: number) => view.mentions.find((m) => m.start === at && m.entityId !== subjectId)?.entityId;
  // A share is of something only as a stake: "a 33 per cent stake in Ant", "62 per cent of Alibaba Health".
  const inWhat =
    value.kind !== 'percent'
      ? /^\s+in\s+/.exec(text.slice(end))
      : (/^\s+stake\s+in\s+/.exec(text.slice(end)) ??
        (attribute === 'stake' ? /^\s+of\s+/.exec(text.slice(end)) : null));
  const named = inWhat && other(end + inWhat[0].length);
  if (named) return named;
  const stakeIn =
    attribute === 'stake'
      ? /\bstake\s+in\s+(?=\S)(?=[^,;]{1,40}?\s+(?:to|at|from)\s+$)/.exec(text.slice(0, value.start))
      : null;
  const held = stakeIn && other(stakeIn.index + stakeIn[0].length);
  if (held) return held;
  if (value.kind === 'percent') return undefined;
  // "Lazada, in which Alibaba invested US$1 billion in 2016": the insert's antecedent.
  const insert = insertAt(view.inserts, value.start);
  return insert?.antecedent && insert.antecedent.entityId !== subjectId ? insert.antecedent.entityId : undefined;
}
