import commonWordsText from '../../data/common-words.txt?raw';
import type { Answer } from '../messaging/protocol';
import { createAnswerEngine } from '../qa/answer-engine';
import { createSuggester } from '../qa/suggest';
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
