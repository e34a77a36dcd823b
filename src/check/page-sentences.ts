import { splitSentences } from '../factbase/sentences';

/** A sentence of a page, with where it starts in its block of text. */
export interface PageSentence {
  text: string;
  start: number;
}

/** Digits, or number words with a scale: the values a claim needs. */
const HAS_VALUE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?:thousand|million|billion|trillion)\b|\bhalf\b/i;

/**
 * The sentences of a block of page text that could be claims: those with a value in them. Naming an
 * entity is checked by the caller, which knows the block's mentions.
 */
export function claimSentences(block: string): PageSentence[] {
  return splitSentences(block)
    .filter((s) => HAS_VALUE.test(s.text))
    .map((s) => ({ text: s.text, start: s.start }));
}
