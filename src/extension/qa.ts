import commonWordsText from '../../data/common-words.txt?raw';
import type { Answer } from '../messaging/protocol';
import { createAnswerEngine } from '../qa/answer-engine';
import { createSuggester, EXAMPLE_QUESTIONS } from '../qa/suggest';
import { factBase } from './fact-base';

let made: { answer(question: string): Answer; suggest(text: string): string[] } | undefined;

/** The answer engine and suggester over the shipped fact base, made on first use and kept. */
export function qa(): NonNullable<typeof made> {
  if (!made) {
    const engine = createAnswerEngine(factBase, { commonWords: new Set(commonWordsText.split('\n').filter(Boolean)) });
    const suggester = createSuggester(factBase);
    made = { answer: (q) => engine.answer(q), suggest: (t) => suggester.suggest(t) };
  }
  return made;
}

/**
 * Makes the engine and runs it over a few kinds of question (a full one, a keyword query with a
 * typo, one it cannot answer), so the first real question meets warm code rather than cold.
 */
export function warmUp(): void {
  const { answer, suggest } = qa();
  for (const q of [...EXAMPLE_QUESTIONS, 'alipya users', 'How many users does Tencent have?']) answer(q);
  suggest('alip');
}
