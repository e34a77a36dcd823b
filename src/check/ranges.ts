import { SCALES } from '../factbase/value-words';
import type { NumericValue } from '../factbase/values';
import { type Interval, intervalOf } from './intervals';

/** A value of a page's sentence: one number, or a range written with two ("between 50% and 70%"). */
export interface RangedValue {
  number: NumericValue;
  /** The values the range allows, from the low end of the first number to the high end of the second. */
  range?: Interval;
  /** Where its words end: after the second number for a range. */
  end: number;
}

/** "between 50% and 70%", "10 to 15 days", "5-7 days": two numbers joined as one range. */
const JOINS = /^\s*(?:to|-|–|and)\s*$/;
/** "rose from 10 to 15 per cent", "expanded by $15 billion to $40 billion": a change, not a range. */
const CHANGE_BEFORE = /\b(?:from|by)\s+$/i;
const SCALE_WORD = /\b(thousand|million|billion|trillion|mn|bn|tn)\b/i;

/** The first number of a range in the terms of the second: "1 to 2 billion" is 1 billion to 2 billion. */
function scaled(first: NumericValue, second: NumericValue): NumericValue {
  const word = SCALE_WORD.exec(second.text)?.[1]?.toLowerCase();
  const scale = word && !SCALE_WORD.test(first.text) ? (SCALES[word] ?? 1) : 1;
  return { ...first, amount: first.amount * scale, precision: first.precision * scale };
}

/**
 * The values of a sentence with ranges joined: "between A and B" and "A to B" (but not "from A to
 * B", a change) become one value spanning both, so a page's range is judged as a range.
 */
export function rangesOf(sentence: string, numbers: readonly NumericValue[]): RangedValue[] {
  const out: RangedValue[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const first = numbers[i] as NumericValue;
    const second = numbers[i + 1];
    const gap = second ? sentence.slice(first.end, second.start) : '';
    const before = sentence.slice(Math.max(0, first.start - 12), first.start);
    const between = /\bbetween\s+$/i.test(before);
    const joined =
      second &&
      JOINS.test(gap) &&
      (between ? /and/.test(gap) : !/and/.test(gap) && !CHANGE_BEFORE.test(before)) &&
      (first.kind === second.kind || first.kind === 'quantity');
    if (!joined || !second) {
      out.push({ number: first, end: first.end });
      continue;
    }
    const low = intervalOf(scaled(first, second)).low;
    out.push({
      number: { ...second, start: first.start },
      range: { low, high: intervalOf(second).high },
      end: second.end,
    });
    i++;
  }
  return out;
}
