import type { CalendarDate } from '../factbase/dates';
import { findTimeExpressions, type TimeExpression } from '../factbase/time-expressions';
import { findValues, type NumericValue } from '../factbase/values';
import { remember } from './remember';

/** A number of a text as a term both questions and sentences hold: "100bn yuan" and "100 billion yuan" meet. */
export interface ValueKey {
  start: number;
  end: number;
  /** "#100000000000", "#26%": the amount, whatever its spelling or comparator. */
  key: string;
}

// A text's times, numbers and amounts do not depend on the question: sentences are read again and
// again, so each is read once (a few thousand texts at most are remembered).
const TIMES = new Map<string, TimeExpression[]>();
const VALUES = new Map<string, NumericValue[]>();
const KEYS = new Map<string, ValueKey[]>();

/** The time expressions of a text (`findTimeExpressions`), read once. */
export function timesIn(text: string, reference: CalendarDate | undefined): TimeExpression[] {
  return remember(TIMES, `${reference?.year}-${reference?.month}-${reference?.day} ${text}`, () =>
    findTimeExpressions(text, reference),
  );
}

/** The numbers of a text outside its `times` (`findValues`), read once. */
export function valuesIn(text: string, times: readonly TimeExpression[]): NumericValue[] {
  return remember(VALUES, `${times.map((t) => `${t.start}:${t.end}`).join(',')} ${text}`, () =>
    findValues(text, times),
  );
}

/**
 * The amounts of a text as terms ("How long did it take to hit 100bn yuan?" asks about the sentence
 * holding 100 billion yuan). Years and other times are not amounts, and a small bare count ("1 hour")
 * says too little to tie a question to a sentence.
 */
export function valueKeys(text: string, reference?: CalendarDate): ValueKey[] {
  return remember(KEYS, text, () =>
    valuesIn(text, timesIn(text, reference))
      .filter((v) => v.kind !== 'quantity' || v.amount >= 1000 || v.precision >= 1000)
      .map((v) => ({ start: v.start, end: v.end, key: `#${v.amount}${v.kind === 'percent' ? '%' : ''}` })),
  );
}
