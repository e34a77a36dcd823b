import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runAsk } from './ask-command';

const dir = mkdtempSync(join(tmpdir(), 'fact-lens-ask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAsk(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The JSON line the command promises for each question. */
const AnswerLine = z
  .object({
    question: z.string(),
    answer: z.string().nullable(),
    quote: z.string().nullable(),
    passage: z.object({ id: z.string(), text: z.string() }).strict().nullable(),
    source: z.object({ id: z.string(), title: z.string(), publishedAt: z.string().nullable() }).strict().nullable(),
    confidence: z.number().min(0).max(1),
  })
  .strict();

describe('ask command', () => {
  it('answers for a person: the answer, the quote and the source', () => {
    const { code, out } = run('How many users does Alipay have?');
    expect(code).toBe(0);
    expect(out).toEqual([
      'Q: How many users does Alipay have?',
      'A: more than 520 million',
      expect.stringMatching(/^ {3}“Alipay, the third-party payments platform .* more than 520 million users/),
      '   — South China Morning Post, 12 November 2017, paragraph 17: Alibaba sees cloud computing and online payment driving Singles’ Day international expansion',
    ]);
  });

  it('says when the article does not answer, with related passages', () => {
    const { out } = run('How many employees does Alibaba Cloud have?');
    expect(out[1]).toBe('A: The article does not say.');
    expect(out.slice(2).every((l) => l.startsWith('   Related, paragraph '))).toBe(true);
  });

  it('prints one JSON object per question with --json', () => {
    const { code, out } = run('--json', 'alipya users', 'How many users does Tencent have?');
    expect(code).toBe(0);
    const [answered, abstained] = out.map((l) => AnswerLine.parse(JSON.parse(l)));
    expect(answered).toMatchObject({
      answer: 'more than 520 million',
      passage: { id: 'scmp-2017-11-12-alibaba-singles-day-p17' },
    });
    expect(answered?.source).toEqual({
      id: 'scmp-2017-11-12-alibaba-singles-day',
      title: 'Alibaba sees cloud computing and online payment driving Singles’ Day international expansion',
      publishedAt: '2017-11-12T16:18:00+08:00',
    });
    expect(abstained).toEqual({
      question: 'How many users does Tencent have?',
      answer: null,
      quote: null,
      passage: null,
      source: null,
      confidence: 0,
    });
  });

  it('reads one question a line from --questions and answers each as a JSON line', () => {
    const questions = file('questions.txt', 'When was Alipay launched?\n\nWhere is Alibaba based?\n');
    const { out } = run('--questions', questions);
    expect(out.map((l) => JSON.parse(l).answer)).toEqual(['2004', 'Hangzhou']);
  });

  it('answers from --article files instead of the bundled article', () => {
    const article = file('news.txt', 'Lazada grows\n\nLazada has more than 70 million users.\n');
    const { out } = run('--json', '--article', article, 'How many users does Lazada have?');
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ answer: 'more than 70 million', source: { id: 'news' } });
  });

  const bad: [string, string[], RegExp][] = [
    ['an empty question', [' '], /^ask: question 1 is empty$/],
    ['a question over 500 characters', ['x'.repeat(501)], /^ask: question 1 is 501 characters; the limit is 500$/],
    ['no question', [], /^ask: no question given/],
    ['a missing questions file', ['--questions', join(dir, 'none.txt')], /^ask: .*none\.txt: no such file$/],
    ['a missing article', ['--article', join(dir, 'none.txt'), 'Who?'], /^ask: .*none\.txt: no such file$/],
    ['an unknown option', ['--jsno', 'Who?'], /^ask: Unknown option '--jsno'/],
  ];
  it.each(bad)('refuses %s with one line and exit code 2', (_name, args, message) => {
    const { code, out, err } = run(...args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
