// How a number's noun phrase is read: where it stops, and which of its words is the head.

/** Words that end a noun phrase after a number. */
export const NOUN_PHRASE_STOP: ReadonlySet<string> = new Set(
  'a an the and or but of in on at to for from with by among as than that which who whose where when while this last next each every its their his her our its per up down over under into across including since after before about between during through throughout within amid via is are was were be been has have had will would can could did does do now so also only just more most off each took made ran sold said gave got went came saw grew rose fell spent bought paid won lost hit drove led left kept held began brought ago later earlier'.split(
    ' ',
  ),
);
/** Modifiers dropped from a counted noun to name the attribute ("international brands" → brands). */
const MODIFIER =
  /^(?:[\p{L}]+-[\p{L}-]+|\p{L}+(?:al|ing|ic|ive|ous|ful|less|ly|ed|ary|ible|able)|new|total|active|own|such|other|several|many|few)$/u;
/** Units a rate is given per: "544,000 orders per second", "orders a second". */
export const RATE = /^\s+(?:per|a|an|each)\s+(second|minute|hour|day|week|month|year)\b/;

/**
 * The words of a noun phrase starting at `from`, up to four, stopping at function words and at a
 * verb after the first word ("$34.4bn IPO suspended"). Capitalised words count only before a
 * lower-case noun ("six Southeast Asian markets"); a rate's unit joins it ("orders per second").
 */
export function nounPhraseAfter(sentence: string, from: number): string[] & { end: number } {
  const words = Object.assign([] as string[], { end: from });
  const re = /\s*([\p{Ll}][\p{Ll}\p{N}-]*|[\p{Lu}]{2,}s?|\p{Lu}\p{Ll}+)(?=[\s,.;:)”’"]|$)/uy;
  re.lastIndex = from;
  let pending: string[] = [];
  for (let m = re.exec(sentence); m && words.length + pending.length < 4; m = re.exec(sentence)) {
    const word = m[1] ?? '';
    if (NOUN_PHRASE_STOP.has(word.toLowerCase())) break;
    if (/^\p{Lu}\p{Ll}/u.test(word)) {
      pending.push(word);
      continue;
    }
    if (words.length > 0 && /\p{Ll}ed$/u.test(word)) break;
    words.push(...pending, word);
    pending = [];
    words.end = re.lastIndex;
  }
  const rate = words.length > 0 ? RATE.exec(sentence.slice(words.end)) : null;
  if (rate) {
    words.push(`per ${rate[1]}`);
    words.end += rate[0].length;
  }
  return words;
}

/** Drops leading modifiers and proper adjectives, keeping compounds of nouns ("data centres") whole. */
export function headOf(words: readonly string[]): string {
  let i = 0;
  while (i < words.length - 1 && (MODIFIER.test(words[i] ?? '') || /^\p{Lu}\p{Ll}/u.test(words[i] ?? ''))) i++;
  return words.slice(i).join(' ');
}
