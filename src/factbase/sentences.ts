import type { Sentence } from './schema';

/**
 * Words whose trailing full stop does not end a sentence. Titles and corporate suffixes are the
 * common false splits in news copy ("Mr. Ma", "Alibaba Group Holding Ltd. said").
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'capt',
  'col',
  'lt',
  'sgt',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bhd',
  'no',
  'vs',
  'etc',
  'approx',
  'est',
  'dept',
  'fig',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Closing quotes and brackets that belong to the sentence they end. */
const CLOSERS = '"\'”’)]»';
/** What may open the next sentence: a capital, a digit, or an opening quote or bracket (or a `CAMEL_NAME`). */
const OPENER = /[\p{Lu}\p{N}"“‘'([«\p{Script=Han}]/u;

/** A name that opens in lower case and goes on in capitals: "iQiyi", "eBay", "iPhone". */
const CAMEL_NAME = /^\p{Ll}\p{Lu}/u;

/**
 * Splits `text` into sentences with offsets into the full source (`base` is where `text` starts).
 * A boundary is `.`, `!`, `?` or `…` (with any closing quotes) followed by space and an opener,
 * unless the full stop ends an abbreviation, an initial ("U.S.") or a decimal.
 */
export function splitSentences(text: string, base = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  const terminator = /[.!?…]+/g;
  for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    const next = skipSpace(text, end);
    if (next === end && next < text.length) continue;
    if (next < text.length && !OPENER.test(text[next] ?? '') && !CAMEL_NAME.test(text.slice(next, next + 2))) continue;
    if (m[0] === '.' && endsWithAbbreviation(text, m.index)) continue;
    push(sentences, text, start, end, base);
    start = next;
  }
  push(sentences, text, start, text.trimEnd().length, base);
  return sentences;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (word === '') return false;
  // Initials such as "U.S" or "J" before the dot.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j] ?? '')) j++;
  return j;
}

function push(out: Sentence[], text: string, start: number, end: number, base: number): void {
  if (end <= start) return;
  out.push({ start: base + start, end: base + end, text: text.slice(start, end) });
}
