import { clauseAround } from './clauses';
import { phrasesIn, stem, words } from './lexicon';
import type { Token } from './search-index';
import { valueKeys } from './value-keys';

/** Words that cannot be part of a name's classifying words ("with", "the", "was"). */
const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with as than that which who whose is are was were be been being has have had do does did will would could can should may might must it its their his her there this these those said says not also now'.split(
    ' ',
  ),
);

/** A span of a sentence that could answer, before it is weighed. Offsets within the sentence. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A name in the sentence (catalog or not), with whether the question itself names it. */
export interface NameSpan extends Span {
  inQuestion: boolean;
  kind: string;
}

/**
 * For each term of a question, the other forms a sentence may hold it in, with how much each counts:
 * the source words within one edit of a misspelt term (1), and related concepts ("sales" for
 * "revenue", 0.7). Worked out once per question, so matching a sentence stays a set look-up.
 */
export type Nearby = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** How much a set of words holds the term: 1 as it is or misspelt, less through a related concept, 0 not at all. */
export function credit(words: ReadonlySet<string>, term: string, nearby: Nearby): number {
  if (words.has(term)) return 1;
  let best = 0;
  for (const [form, c] of nearby.get(term) ?? []) if (c > best && words.has(form)) best = c;
  return best;
}

/** For each term a set of words holds, how much (`credit`). */
export function credits(words: ReadonlySet<string>, terms: readonly string[], nearby: Nearby): Map<string, number> {
  const found = new Map<string, number>();
  for (const t of terms) {
    const c = credit(words, t, nearby);
    if (c > 0) found.set(t, c);
  }
  return found;
}

/** A place in a sentence where a term of the question stands, and how much it counts. */
export interface TermHit {
  start: number;
  end: number;
  term: string;
  credit: number;
}

/** Where the question's terms occur in the sentence; a hyphenated word counts for each part. */
export function termHits(tokens: readonly Token[], terms: readonly string[], nearby: Nearby = new Map()): TermHit[] {
  if (terms.length === 0) return [];
  return tokens.flatMap((w) => {
    let best: TermHit | undefined;
    for (const t of terms) {
      const c = w.forms.includes(t) ? 1 : Math.max(0, ...w.forms.map((f) => nearby.get(t)?.get(f) ?? 0));
      if (c > (best?.credit ?? 0)) best = { start: w.start, end: w.end, term: t, credit: c };
    }
    return best ? [best] : [];
  });
}

/** The best credit of each term among hits. */
function hitCredits(hits: readonly { term: string; credit?: number }[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const h of hits) found.set(h.term, Math.max(found.get(h.term) ?? 0, h.credit ?? 1));
  return found;
}

/**
 * A sentence's tokens, for text that is not in the index; a word of a phrase also has the phrase's
 * concept, and a word of an amount the amount's key.
 */
export function tokensOf(text: string): Token[] {
  const phrases = [...phrasesIn(text), ...valueKeys(text).map((v) => ({ ...v, concept: v.key }))];
  return words(text).map((w) => ({
    start: w.start,
    end: w.end,
    forms: [
      ...[w.word, ...(w.word.includes('-') ? w.word.split('-') : [])].map(stem),
      ...phrases.filter((p) => p.start <= w.start && p.end >= w.end).map((p) => p.concept),
    ],
  }));
}

/**
 * The share of the question's terms that `held` holds, each weighed by how telling it is (`weights`,
 * rarer words weigh more; 1 each without them) and by how much it is held (a related concept, less).
 * Anchor terms weigh 1.
 */
export function termShare(
  held: Iterable<string> | ReadonlyMap<string, number>,
  terms: readonly string[],
  weights?: ReadonlyMap<string, number>,
): number {
  const weight = (t: string) => weights?.get(t) ?? 1;
  const total = terms.reduce((sum, t) => sum + weight(t), 0);
  if (total === 0) return 0;
  const found: ReadonlyMap<string, number> =
    held instanceof Map ? held : new Map([...(held as Iterable<string>)].map((t) => [t, 1]));
  return terms.reduce((sum, t) => sum + (found.get(t) ?? 0) * weight(t), 0) / total;
}

/** What a span is weighed against besides the question's terms. */
export interface FitContext {
  /** The sentence's text, so the span's clause can be told from the rest. */
  sentence?: string;
  /**
   * The places of what else the question names (a place, a name outside the catalog), as hits of
   * their own (`ANCHOR` terms): the sentence holds them all, and the answer's clause should.
   */
  anchors?: TermHit[];
  /** How telling each term is. */
  weights?: ReadonlyMap<string, number>;
}

/**
 * How well a span answers: the share of question terms the sentence holds, and the clause around the
 * span, discounted by how far the span stands from them (answers sit next to what was asked: "15
 * data centres"; "more than 870 times" in the clause about Shanghai).
 */
export function proximityFit(
  span: { start: number; end: number },
  hits: ReturnType<typeof termHits>,
  terms: readonly string[],
  { sentence, anchors = [], weights }: FitContext = {},
): number {
  if (terms.length === 0) return 0.5;
  if (hits.length === 0) {
    // None of the words asked, but the names asked stand by the span ("How quickly do Choice parcels
    // arrive in Spain?" → "Choice orders … in Spain … within five working days"): a weak fit.
    const near = sentence === undefined ? [] : anchorsInClause(sentence, span, anchors);
    return near.length === 0
      ? 0
      : (0.3 * new Set(near.map((a) => a.term)).size) /
          new Set(anchors.map((a) => a.term)).size /
          (1 + gapTo(span, near) / 60);
  }
  const covered = termShare(hitCredits(hits), terms, weights);
  if (sentence === undefined) return covered / (1 + gapTo(span, hits) / 60);
  const [from, to] = clauseAround(sentence, span.start);
  const near = [...hits, ...anchors].filter((h) => h.start >= from && h.end <= to);
  const anchorTerms = [...new Set(anchors.map((a) => a.term))];
  const clause = termShare(hitCredits(near), [...terms, ...anchorTerms], weights);
  const nearHits = near.filter((h) => !h.term.startsWith(ANCHOR));
  return (0.7 * covered + 0.3 * clause) / (1 + gapTo(span, nearHits.length > 0 ? nearHits : hits, sentence) / 60);
}

/** A relative clause or a bracket set between commas: words about a noun, not between a figure and what it measures. */
const ASIDE = /,\s+(?:which|who|whose|where)\b[^,;]*,|\s\([^)]*\)/g;

/** Characters from `from` to `to` in `sentence`, not counting asides ("segment, which includes Youku, rose"). */
function textGap(sentence: string | undefined, from: number, to: number): number {
  if (sentence === undefined) return to - from;
  const between = sentence.slice(from, to);
  return between.length - [...between.matchAll(ASIDE)].reduce((n, m) => n + m[0].length, 0);
}

function anchorsInClause(sentence: string, span: { start: number }, anchors: readonly TermHit[]): TermHit[] {
  const [from, to] = clauseAround(sentence, span.start);
  return anchors.filter((a) => a.start >= from && a.end <= to);
}

/** Anchor terms start with this, so they never meet a word. */
export const ANCHOR = '@';

function gapTo(span: { start: number; end: number }, hits: ReturnType<typeof termHits>, sentence?: string): number {
  return Math.min(
    ...hits.map((h) =>
      h.end <= span.start
        ? textGap(sentence, h.end, span.start)
        : h.start >= span.end
          ? textGap(sentence, span.end, h.start)
          : 0,
    ),
  );
}

/** ", the international retail platform of Alibaba that …," and "investment bank Goldman Sachs": what a name is. */
export function descriptionSpans(sentence: string, name: Span): Span[] {
  const spans: Span[] = [];
  const after = /^,\s+((?:the|a|an)\s+[^,;]+)/.exec(sentence.slice(name.end).replace(/[”"]/g, ' '));
  if (after?.[1]) {
    const start = name.end + sentence.slice(name.end).indexOf(after[1]);
    spans.push({ text: after[1].trimEnd(), start, end: start + after[1].trimEnd().length });
  }
  // "US electronic payment transactions specialist Verifone": the words that classify the name.
  const before = /((?:[\p{L}-]+\s+){1,6}?[\p{Ll}-]+\s+)$/u.exec(sentence.slice(0, name.start));
  const words = (before?.[1] ?? '').trim().split(/\s+/);
  const firstContent = words.findLastIndex((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /[.,;:’']$/.test(w)) + 1;
  const premodifier = words.slice(firstContent).join(' ');
  if (premodifier.split(/\s+/).length >= 2) {
    const start = sentence.lastIndexOf(premodifier, name.start);
    spans.push({ text: premodifier, start, end: start + premodifier.length });
  }
  return spans;
}

const BOUNDARY = /[,.;:!?”"(]|\s(?:but|while|which|who|that|after|before|because|according|to\s+be)\s/;

/** What follows a word of the question, up to the clause's end: "sees [cloud computing and online payment] driving". */
export function followingSpans(sentence: string, hits: ReturnType<typeof termHits>): (Span & { after: string })[] {
  return hits.flatMap((hit, i) => {
    // Only from the last of adjacent hits: "international growth [strategy]" is not an answer.
    const next = hits[i + 1];
    if (next && /^\s*$/.test(sentence.slice(hit.end, next.start))) return [];
    // A quotation is what follows ("compared state banks to “pawnshops”"): its marks are not.
    const lead = /^\s+(?:(?:to|on|in|into|at|for|by|with|about|of)\b)?\s*([“"‘])?/.exec(sentence.slice(hit.end));
    const from = hit.end + (lead?.[0].length ?? 0);
    const quoted = lead?.[1] !== undefined;
    const rest = sentence.slice(from);
    const nextHit = hits.slice(i + 1).find((h) => h.start > from);
    let end = from + (BOUNDARY.exec(rest)?.index ?? rest.length);
    if (nextHit && nextHit.start < end) end = nextHit.start;
    const text = sentence
      .slice(from, end)
      .trim()
      .replace(/\s+(?:its|their|the|a|an|to|of|in|on)$/, '');
    // One word carrying on the question's phrase ("growth [strategy]") is no answer; a phrase, a name
    // or a quotation is.
    const content = text.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !/^[\d.,]+$/.test(w));
    const phrase = text.split(/\s+/).length >= 2 || /^\p{Lu}/u.test(text) || quoted;
    return content.length > 0 && phrase ? [{ text, start: from, end: from + text.length, after: hit.term }] : [];
  });
}

/**
 * Why something was done or is so: a purpose ("to expand its operations in India") or a cause
 * ("because …", "as the number eight is associated with prosperity").
 */
export function reasonSpans(sentence: string): Span[] {
  const purposes = [...sentence.matchAll(/\b(?:in order to|so as to|so that|to)\s+\p{Ll}[^,.;]*/gu)].filter(
    (m) => !m[0].startsWith('to ') || /^to\s+\p{Ll}+\s+(?:its|their|the|a|an|more|\p{Ll}+s)\b/u.test(m[0]),
  );
  const causes = [
    ...sentence.matchAll(
      /\b(?:because(?:\s+of)?|due\s+to|thanks\s+to|since|as)\s+(?:the|a|an|it|they|its|their|he|she|of)\b[^,.;]*/giu,
    ),
  ];
  return [...purposes, ...causes].map((m) => ({
    text: m[0].trim(),
    start: m.index,
    end: m.index + m[0].trim().length,
  }));
}

/** Does the text state the term at all (for yes/no questions and constraints)? */
export function mentionsTerm(tokens: readonly Token[], term: string, nearby: Nearby): boolean {
  return termHits(tokens, [term], nearby).length > 0;
}
