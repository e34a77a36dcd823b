import { join } from 'node:path';
import { type ClaimResult, ClaimSet, runClaimEval, summariseClaims } from '../check/evaluate';
import { buildFactBase } from '../factbase/build';
import { DATA_DIR, loadCatalog } from '../node/load-data';
import { readSet, readSetArticles, runCommand } from '../node/read-set';
import { compileMatcher } from '../spot/match-aliases';

/** Runs a claim set (data/eval/claims.json by default) through the checker over its article (the bundled one by default). */
export function runCheckEval(file: string): ClaimResult[] {
  const set = readSet(ClaimSet, file);
  const factBase = buildFactBase(readSetArticles(set.article, file), loadCatalog());
  return runClaimEval(set.claims, factBase, compileMatcher(factBase.entities));
}

const pct = (correct: number, total: number) => (total ? `${((100 * correct) / total).toFixed(1)}%` : '-');

if (import.meta.url === `file://${process.argv[1]}`) {
  runCommand('eval:check', () => {
    const args = process.argv.slice(2);
    const file = args.find((a) => !a.startsWith('--')) ?? join(DATA_DIR, 'eval/claims.json');
    const results = runCheckEval(file);
    if (args.includes('--verbose')) {
      for (const r of results.filter((x) => !x.correct)) {
        const got = r.found.map((c) => `${c.verdict} ${c.attribute}=${c.value} ¶${c.fact.paragraph}`).join('; ');
        console.log(
          `✗ ${r.claim.id} [${r.claim.verdict} ¶${r.claim.passage ?? '-'}] ${r.claim.sentence}\n    got ${r.predicted}: ${got}`,
        );
      }
    }
    const s = summariseClaims(results);
    console.log(`claims: ${s.total} from ${file}`);
    for (const [verdict, { total, correct }] of Object.entries(s.byClass))
      console.log(`${`${verdict}:`.padEnd(14)} ${pct(correct, total).padStart(6)} (${correct}/${total})`);
    console.log(`overall:       ${pct(results.filter((r) => r.correct).length, s.total).padStart(6)}`);
    console.log(`supported or unverifiable called contradicted: ${s.falseContradictions}`);
  });
}
