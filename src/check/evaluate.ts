import { z } from 'zod';
import type { FactBase } from '../factbase/schema';
import type { Matcher } from '../spot/match-aliases';
import { type Claim, createClaimChecker, type Verdict } from './check-claims';

const Expected = z.enum(['supported', 'contradicted', 'unverifiable', 'none']);
export type Expected = z.infer<typeof Expected>;

/** One sentence of the claim set and the verdict a careful reader of the article gives it. */
export const EvalClaim = z.object({
  id: z.string(),
  sentence: z.string().min(1),
  verdict: Expected,
  /** The entity the claim is about, and the article's paragraph that decides it (not for `none`). */
  entity: z.string().optional(),
  passage: z.number().int().positive().optional(),
  tags: z.array(z.string()).default([]),
});
export type EvalClaim = z.infer<typeof EvalClaim>;

export const ClaimSet = z.object({
  /** The article the claims are checked against: "bundled" (the default) or a file beside the set. */
  article: z.string().default('bundled'),
  claims: z.array(EvalClaim).min(1),
});

export interface ClaimResult {
  claim: EvalClaim;
  predicted: Expected;
  /** The claims the checker found in the sentence. */
  found: Claim[];
  /** Whether the verdict is right and, for a decided claim, cites the expected paragraph. */
  correct: boolean;
}

/**
 * The verdict of a whole sentence from the claims in it: contradicted if any value is ruled out,
 * supported if every checked value is, unverifiable otherwise, none without a claim.
 */
export function sentenceVerdict(claims: readonly Pick<Claim, 'verdict'>[]): Expected {
  if (claims.length === 0) return 'none';
  if (claims.some((c) => c.verdict === 'contradicted')) return 'contradicted';
  return claims.every((c) => c.verdict === 'supported') ? 'supported' : 'unverifiable';
}

/** Checks every sentence of the set on its own and scores it. */
export function runClaimEval(claims: readonly EvalClaim[], factBase: FactBase, matcher: Matcher): ClaimResult[] {
  const check = createClaimChecker(factBase, matcher);
  return claims.map((claim) => {
    const found = check([claim.sentence]);
    const predicted = sentenceVerdict(found);
    const deciding = found.filter((c) => c.verdict === predicted);
    const cites =
      predicted === 'none' ||
      claim.passage === undefined ||
      deciding.length === 0 ||
      deciding.some((c) => c.fact.paragraph === claim.passage);
    return { claim, predicted, found, correct: predicted === claim.verdict && cites };
  });
}

export interface ClaimSummary {
  total: number;
  /** Per expected verdict: how many, and how many the checker got right. */
  byClass: Record<Expected, { total: number; correct: number }>;
  accuracy: number;
  /** Supported or unverifiable claims the checker called contradicted: must be 0. */
  falseContradictions: number;
}

export function summariseClaims(results: readonly ClaimResult[]): ClaimSummary {
  const byClass = Object.fromEntries(Expected.options.map((v) => [v, { total: 0, correct: 0 }])) as Record<
    Expected,
    { total: number; correct: number }
  >;
  for (const r of results) {
    byClass[r.claim.verdict].total++;
    if (r.correct) byClass[r.claim.verdict].correct++;
  }
  const falseContradictions = results.filter(
    (r) => r.predicted === 'contradicted' && (r.claim.verdict === 'supported' || r.claim.verdict === 'unverifiable'),
  ).length;
  const correct = results.filter((r) => r.correct).length;
  return { total: results.length, byClass, accuracy: correct / Math.max(1, results.length), falseContradictions };
}

export type { Verdict };
