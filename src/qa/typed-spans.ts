import type { CalendarDate } from '../factbase/dates';
import { findTimeExpressions } from '../factbase/time-expressions';
import type { AnswerKind } from './question-kind';
import type { Span } from './text-spans';

const WORD_NUMBER =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/gi;

/** Numbers written as words, which the value finder leaves alone without a scale ("eight of its shares"). */
export function wordNumberSpans(sentence: string): Span[] {
  return [...sentence.matchAll(WORD_NUMBER)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const NUMBER_WORD =
  '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)';
// "five working days": a length may say which days count.
const AMOUNT = `${NUMBER_WORD}[- ](?:(?:working|business|calendar|full|straight|consecutive)\\s)?${UNIT}`;
/** "68 seconds", "1 hour and 47 minutes", "1 hour, 3 minutes and 59 seconds", "a two-year period". */
const DURATION = new RegExp(`\\b${AMOUNT}(?:(?:,\\s*|\\s+and\\s+)${AMOUNT})*\\b(?:[- ](?:long|period))?`, 'giu');
/** A moment of the day: "midnight", "9pm", "the open" (of a market). */
const MOMENT =
  '(?:midnight|noon|the\\s+(?:open|opening|close|closing\\s+bell|opening\\s+bell)|\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?)';
/** "eight minutes after midnight", "90 seconds after the open", "at 9pm": when in the day. */
const TIME_OF_DAY = new RegExp(`\\b(?:${AMOUNT}\\s+(?:after|before|past)\\s+${MOMENT}|at\\s+${MOMENT})`, 'giu');
const RANK =
  /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ])?(?:largest|biggest|smallest|leading|top|most popular)\b(?:\s+(?:worldwide|globally|in the world))?/giu;

/** Spans of a kind the question wants that only the text (no fact) holds. */
export function typedSpans(
  sentence: string,
  kind: AnswerKind | 'duration' | 'rank',
  reference: CalendarDate | undefined,
): Span[] {
  const spans = (re: RegExp) =>
    [...sentence.matchAll(re)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (kind === 'duration') return spans(DURATION);
  if (kind === 'rank') return spans(RANK);
  if (kind === 'date') {
    const times = spans(TIME_OF_DAY);
    const dates = findTimeExpressions(sentence, reference).map((t) => ({
      text: sentence.slice(t.start, t.end),
      start: t.start,
      end: t.end,
    }));
    return [...times, ...dates.filter((d) => !times.some((t) => t.start <= d.start && t.end >= d.end))];
  }
  return [];
}
