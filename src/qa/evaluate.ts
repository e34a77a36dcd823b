import { z } from 'zod';
import { findValues } from '../factbase/values';

/** One question of an evaluation set: empty `answers` means the sources do not answer it. */
export const EvalQuestion = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  answers: z.array(z.string().min(1)),
  /** For list answers: every item must be in the answer. */
  items: z.array(z.string().min(1)).optional(),
  /** 1-based paragraph numbers whose passage holds the answer. */
  passages: z.array(z.number().int().positive()).optional(),
  tags: z.array(z.string()).default([]),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;
export const EvalSet = z.object({
  /** The article the questions are about: "bundled" (the default) or a file beside the set. */
  article: z.string().default('bundled'),
  questions: z.array(EvalQuestion).min(1),
});

/** What the engine said, as the evaluation needs it. */
export interface Prediction {
  answer: string | null;
  quote: string | null;
  passage: { index: number; text: string } | null;
  latencyMs: number;
}

export interface EvalResult {
  question: EvalQuestion;
  prediction: Prediction;
  answerCorrect: boolean;
  citationCorrect: boolean;
}

/** Lower case, one kind of apostrophe and space, "US$" and "$" alike, no thousands separators. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’ʼ]/g, "'")
    .replace(/us\$|\$/g, 'us$')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/\bper\s?cent\b|\bpercent\b/g, '%')
    .replace(/\s*%/g, '%')
    .replace(/[^\p{L}\p{N}$%.' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Numbers agree when amount (and currency, if both give one) agree. */
function sameNumber(predicted: string, gold: string): boolean | undefined {
  const g = findValues(gold)[0];
  if (!g || g.start > 0 || g.end < gold.trim().length) return undefined;
  const agrees = (amount: number, kind: string, currency?: string) =>
    amount === g.amount && kind === g.kind && (!currency || !g.currency || currency === g.currency);
  // "2.97 billion yuan (US$447 million)" answers "US$447 million" too.
  return findValues(predicted).some(
    (p) =>
      agrees(p.amount, p.kind, p.currency) ||
      (p.equivalent !== undefined && agrees(p.equivalent.amount, 'money', p.equivalent.currency)),
  );
}

/**
 * Whether a predicted answer matches one gold answer: list answers need every item; numbers must
 * agree in value; other answers match when one contains the other (so "the international retail
 * platform of Alibaba that …" matches "the international retail platform of Alibaba").
 */
export function answerMatches(predicted: string, q: EvalQuestion): boolean {
  const p = normalise(predicted);
  if (q.items) return q.items.every((item) => p.includes(normalise(item)));
  return q.answers.some((gold) => {
    const number = sameNumber(predicted, gold);
    if (number !== undefined) return number;
    const g = normalise(gold);
    return p.includes(g) || (g.includes(p) && p.length >= Math.min(4, g.length));
  });
}

/** Scores one prediction. A citation is right when its passage is one the gold names and holds the quote. */
export function score(question: EvalQuestion, prediction: Prediction): EvalResult {
  const answerable = question.answers.length > 0;
  const answerCorrect = answerable
    ? prediction.answer !== null && answerMatches(prediction.answer, question)
    : prediction.answer === null;
  const citationCorrect =
    answerable &&
    prediction.answer !== null &&
    prediction.passage !== null &&
    prediction.quote !== null &&
    prediction.passage.text.includes(prediction.quote) &&
    (question.passages ?? []).includes(prediction.passage.index);
  return { question, prediction, answerCorrect, citationCorrect };
}

export interface Summary {
  answerable: number;
  unanswerable: number;
  answerAccuracy: number;
  /** Of the answers given to answerable questions, the share citing a passage that holds them. */
  citationAccuracy: number;
  abstentionAccuracy: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * The nearest-rank percentile (the smallest value with at least `p`% of the values at or below it),
 * which `eval:qa` and the benchmark both report.
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** SQuAD 2.0-style figures over a set of results. */
export function summarise(results: readonly EvalResult[]): Summary {
  const answerable = results.filter((r) => r.question.answers.length > 0);
  const unanswerable = results.filter((r) => r.question.answers.length === 0);
  const answered = answerable.filter((r) => r.prediction.answer !== null && r.answerCorrect);
  const latencies = results.map((r) => r.prediction.latencyMs).sort((a, b) => a - b);
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    answerAccuracy: share(answerable.filter((r) => r.answerCorrect).length, answerable.length),
    citationAccuracy: share(answered.filter((r) => r.citationCorrect).length, answered.length),
    abstentionAccuracy: share(unanswerable.filter((r) => r.answerCorrect).length, unanswerable.length),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  };
}
