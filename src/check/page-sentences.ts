import { splitSentences } from '../factbase/sentences';
import { HAS_VALUE } from './has-value';

/** A sentence of a page, with where it starts in its block of text. */
export interface PageSentence {
  text: string;
  start: number;
}

/**
 * The sentences of a block of page text that could be claims: those with a value in them. Naming an
 * entity is checked by the caller, which knows the block's mentions.
 */
export function claimSentences(block: string): PageSentence[] {
  return splitSentences(block)
    .filter((s) => HAS_VALUE.test(s.text))
    .map((s) => ({ text: s.text, start: s.start }));
}
