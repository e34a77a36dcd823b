import { RATIO } from '../factbase/value-words';

/**
 * Digits, number words with a scale ("half a billion", "a dozen"), or a ratio ("three in ten"):
 * what a claim's value needs.
 */
export const HAS_VALUE = new RegExp(
  `\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half\\s+a)\\s+(?:dozen|thousand|million|billion|trillion)\\b|\\bhalf\\b|\\b${RATIO}`,
  'i',
);
