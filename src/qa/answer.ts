import { dateOf, describeDate } from '../factbase/dates';
import type { Source } from '../factbase/schema';
import type { QuestionAnalysis } from './analyse-question';
import type { Candidate } from './candidates';
import type { IndexedSentence } from './search-index';

/** Why the engine gave no answer. */
export type AbstainReason = 'unknown-entity' | 'not-covered' | 'no-answer' | 'constraint';

export interface PassageRef {
  id: string;
  index: number;
  text: string;
}

/** The engine's answer to one question; `answer: null` means the sources do not say. */
export interface Answer {
  question: string;
  answer: string | null;
  /** The supporting sentence, verbatim. */
  quote: string | null;
  /** Where that sentence stands in the source text. */
  quoteSpan: { start: number; end: number } | null;
  /** The answer's own words in the source, for marking them in the quote. */
  evidence: { start: number; end: number; text: string } | null;
  passage: PassageRef | null;
  source: { id: string; title: string; publisher: string; publishedAt?: string } | null;
  confidence: number;
  reason?: AbstainReason;
  /** When abstaining: up to three passages about the same thing. */
  related: PassageRef[];
}

/** An answer read from candidate `c` in sentence `s`, with `score` as its confidence. */
export function answered(q: QuestionAnalysis, c: Candidate, s: IndexedSentence, score: number): Answer {
  return {
    question: q.question,
    answer: c.text,
    quote: s.sentence.text,
    quoteSpan: { start: s.sentence.start, end: s.sentence.end },
    evidence: { start: c.start, end: c.end, text: s.source.text.slice(c.start, c.end) },
    passage: { id: s.passage.id, index: s.passage.index, text: s.passage.text },
    source: sourceRef(s.source),
    confidence: Math.min(1, Number(score.toFixed(3))),
    related: [],
  };
}

/** "2017-11-12T22:40:00+08:00" → "12 November 2017, 10:40pm" (the local time the source gives). */
export function describeDateTime(iso: string): string {
  const [hours = 0, minutes = 0] = iso.slice(11, 16).split(':').map(Number);
  const clock = `${hours % 12 || 12}:${String(minutes).padStart(2, '0')}${hours < 12 ? 'am' : 'pm'}`;
  return `${describeDate(dateOf(iso))}, ${clock}`;
}

function sourceRef(source: Source): Answer['source'] {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    ...(source.publishedAt && { publishedAt: source.publishedAt }),
  };
}

/** No answer, with why, and up to three passages of the best sentences as related reading. */
export function abstain(q: QuestionAnalysis, reason: AbstainReason, related: readonly IndexedSentence[]): Answer {
  const passages: PassageRef[] = [];
  for (const s of related) {
    if (passages.length === 3) break;
    if (!passages.some((p) => p.id === s.passage.id))
      passages.push({ id: s.passage.id, index: s.passage.index, text: s.passage.text });
  }
  return {
    question: q.question,
    answer: null,
    quote: null,
    quoteSpan: null,
    evidence: null,
    passage: null,
    source: null,
    confidence: 0,
    reason,
    related: passages,
  };
}
