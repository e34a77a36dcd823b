import { join } from 'node:path';
import { buildFactBase } from '../factbase/build';
import { DATA_DIR, loadCatalog, loadCommonWords } from '../node/load-data';
import { readSet, readSetArticles, runCommand } from '../node/read-set';
import { createAnswerEngine } from '../qa/answer-engine';
import { type EvalResult, EvalSet, score, summarise } from '../qa/evaluate';

/** Runs an evaluation set through the answer engine and returns every result. */
export function runQaEval(file: string): EvalResult[] {
  const set = readSet(EvalSet, file);
  const engine = createAnswerEngine(buildFactBase(readSetArticles(set.article, file), loadCatalog()), {
    commonWords: loadCommonWords(),
  });
  // Timed warm: one untimed pass first, as the extension's long-lived background would be.
  for (const q of set.questions) engine.answer(q.question);
  return set.questions.map((question) => {
    const started = performance.now();
    const answer = engine.answer(question.question);
    const latencyMs = performance.now() - started;
    return score(question, { answer: answer.answer, quote: answer.quote, passage: answer.passage, latencyMs });
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

if (import.meta.url === `file://${process.argv[1]}`) {
  runCommand('eval:qa', () => {
    const args = process.argv.slice(2);
    const verbose = args.includes('--verbose');
    const file = args.find((a) => !a.startsWith('--')) ?? join(DATA_DIR, 'eval/qa.json');
    const results = runQaEval(file);
    if (verbose) {
      for (const r of results.filter(
        (x) => !x.answerCorrect || (x.prediction.answer && x.question.answers.length && !x.citationCorrect),
      )) {
        const gold = r.question.answers.join(' / ') || '(abstain)';
        console.log(
          `✗ ${r.question.id} ${r.question.question}\n    gold: ${gold}  ¶${r.question.passages?.join(',') ?? '-'}\n    got:  ${r.prediction.answer ?? '(abstain)'}  ¶${r.prediction.passage?.index ?? '-'}`,
        );
      }
    }
    const s = summarise(results);
    console.log(
      `questions: ${results.length} (${s.answerable} answerable, ${s.unanswerable} unanswerable) from ${file}`,
    );
    console.log(`answer accuracy (answerable):     ${pct(s.answerAccuracy)}`);
    console.log(`citation accuracy (answers given): ${pct(s.citationAccuracy)}`);
    console.log(`abstention accuracy (unanswerable): ${pct(s.abstentionAccuracy)}`);
    console.log(`latency per question: p50 ${s.p50Ms.toFixed(3)} ms, p95 ${s.p95Ms.toFixed(3)} ms`);
  });
}
