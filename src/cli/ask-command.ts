import { parseArgs } from 'node:util';
import { buildFactBase } from '../factbase/build';
import { dateOf, describeDate } from '../factbase/dates';
import { loadBundledArticles, loadCatalog, loadCommonWords } from '../node/load-data';
import { InputError, readArticle } from '../node/read-article';
import { type Answer, createAnswerEngine } from '../qa/answer-engine';
import type { Output } from './output';

const USAGE = 'usage: npm run -s ask -- [--json] [--article FILE …] ("QUESTION" | --questions FILE)';
/** Longer questions are refused: nobody types one, and the engine's time grows with length. */
export const MAX_QUESTION_LENGTH = 500;

/** The JSON line printed for each question. */
export function answerJson(a: Answer) {
  return {
    question: a.question,
    answer: a.answer,
    quote: a.quote,
    passage: a.passage ? { id: a.passage.id, text: a.passage.text } : null,
    source: a.source ? { id: a.source.id, title: a.source.title, publishedAt: a.source.publishedAt ?? null } : null,
    confidence: a.confidence,
  };
}

/**
 * The `ask` command: answers questions from the bundled article or from `--article` files, for a
 * person (default) or as JSON lines. Returns the exit code: 2 for bad input.
 */
export function runAsk(args: readonly string[], io: Output): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        questions: { type: 'string' },
        article: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const questions = values.questions ? readQuestions(values.questions) : positionals;
    if (questions.length === 0) throw new InputError(`no question given (${USAGE})`);
    if (values.questions && positionals.length > 0)
      throw new InputError('give a question or --questions FILE, not both');
    questions.forEach(checkQuestion);
    const articles = values.article ? values.article.map(readArticle) : loadBundledArticles();
    const engine = createAnswerEngine(buildFactBase(articles, loadCatalog()), { commonWords: loadCommonWords() });
    for (const question of questions) {
      const answer = engine.answer(question);
      if (values.json || values.questions) io.out(JSON.stringify(answerJson(answer)));
      else printForPerson(answer, io);
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof InputError ? error.message : isArgError(error) ? (error as Error).message : undefined;
    if (message === undefined) throw error;
    io.err(`ask: ${message}`);
    return 2;
  }
}

function isArgError(error: unknown): boolean {
  return error instanceof TypeError && String((error as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
}

function checkQuestion(question: string, i: number): void {
  const where = `question ${i + 1}`;
  if (question.trim() === '') throw new InputError(`${where} is empty`);
  if (question.length > MAX_QUESTION_LENGTH)
    throw new InputError(`${where} is ${question.length} characters; the limit is ${MAX_QUESTION_LENGTH}`);
}

function readQuestions(path: string): string[] {
  const { text } = readArticle(path);
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function printForPerson(a: Answer, io: Output): void {
  io.out(`Q: ${a.question}`);
  if (a.answer === null) {
    io.out(
      `A: The article does not say.${a.reason === 'unknown-entity' || a.reason === 'not-covered' ? ' (It does not cover what the question names.)' : ''}`,
    );
    for (const p of a.related)
      io.out(`   Related, paragraph ${p.index}: ${p.text.length > 160 ? `${p.text.slice(0, 157)}…` : p.text}`);
    return;
  }
  io.out(`A: ${a.answer}`);
  io.out(`   “${a.quote}”`);
  if (a.source && a.passage) {
    const date = a.source.publishedAt ? `, ${describeDate(dateOf(a.source.publishedAt))}` : '';
    io.out(`   — ${a.source.publisher}${date}, paragraph ${a.passage.index}: ${a.source.title}`);
  }
}
