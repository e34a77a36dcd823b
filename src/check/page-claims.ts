import type { FactBase } from '../factbase/schema';
import type { PageClaim } from '../messaging/protocol';
import type { Matcher } from '../spot/match-aliases';
import { createClaimChecker } from './check-claims';
import { claimSentences } from './page-sentences';

/**
 * Checks the claims in blocks of page text, each claim placed by its block and its offsets in that
 * block, and cited with the article's sentence and a link to it (`articleUrl`).
 */
export function createPageClaimChecker(
  factBase: FactBase,
  matcher: Matcher,
  articleUrl: (passageId: string, quote: { start: number; end: number }) => string,
): (texts: readonly string[]) => PageClaim[] {
  const names = new Map(factBase.entities.map((e) => [e.id, e.name]));
  const sources = new Map(factBase.sources.map((s) => [s.id, s]));
  const sourceOf = new Map(factBase.passages.map((p) => [p.id, sources.get(p.sourceId)]));
  const check = createClaimChecker(factBase, matcher);
  return (texts) =>
    texts.flatMap((text, block) => {
      const sentences = claimSentences(text);
      return check(sentences.map((s) => s.text)).map((claim) => {
        const at = sentences[claim.sentence]?.start ?? 0;
        const source = sourceOf.get(claim.fact.passageId);
        return {
          block,
          start: at + claim.start,
          end: at + claim.end,
          verdict: claim.verdict,
          entityId: claim.entityId,
          entity: names.get(claim.entityId) ?? claim.entityId,
          sentence: claim.text,
          value: claim.value,
          reason: claim.reason,
          quote: claim.fact.quote,
          paragraph: claim.fact.paragraph,
          publisher: source?.publisher ?? '',
          publishedAt: source?.publishedAt,
          url: articleUrl(claim.fact.passageId, { start: claim.fact.start, end: claim.fact.end }),
        };
      });
    });
}
