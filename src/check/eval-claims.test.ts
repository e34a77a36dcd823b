import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckEval } from '../cli/eval-check';
import { DATA_DIR } from '../node/load-data';
import { summariseClaims } from './evaluate';

// The claim set (data/eval/claims.json) must stay above these marks; `npm run -s eval:check` prints the figures.
describe('claim checking on the evaluation set', () => {
  const summary = summariseClaims(runCheckEval(join(DATA_DIR, 'eval/claims.json')));

  it('never calls a true or undecidable claim contradicted', () => {
    expect(summary.falseContradictions).toBe(0);
  });

  it('has at least 50 claims of every class', () => {
    expect(summary.total).toBeGreaterThanOrEqual(50);
    for (const { total } of Object.values(summary.byClass)) expect(total).toBeGreaterThanOrEqual(10);
  });

  it('decides at least 85% of each class right, 90% overall', () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const [verdict, { total, correct }] of Object.entries(summary.byClass))
      expect(correct / total, verdict).toBeGreaterThanOrEqual(0.85);
  });
});
