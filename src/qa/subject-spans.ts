import { clauseAround } from './clauses';
import { phrasesIn, stem } from './lexicon';
import type { NameSpan, Span, termHits } from './text-spans';

const AUXILIARY = '(?:does|did|do|is|are|was|were|has|have|had|can|could|will|would|should)';
/** "Which regulators issued…", "Which news agency reported…": the wh-phrase is the verb's subject. */
const WHICH_SUBJECT = new RegExp(
  `^\\s*(?:which|what)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s+(?!${AUXILIARY}\\b)(\\p{Ll}[\\p{Ll}-]*(?:ed|s))\\b`,
  'iu',
);
/** "Who founded Paytm?", "Who will lead Aliyun?": "who" is the verb's subject. */
const WHO_SUBJECT = new RegExp(
  `^\\s*who\\s+(?:(?:will|would|can|could|should|might|may|must)\\s+)?(?!${AUXILIARY}\\b)(\\p{Ll}[\\p{Ll}-]*)\\b`,
  'iu',
);
/** Words that put the name before them in a phrase of their own, away from the verb after them. */
const PREPOSITION = /\b(?:with|by|from|for|in|at|on|to|into|among|including|like)\b/i;
/** A run of capitalised words, perhaps joined by "of" or "for": a name's own words ("Administration for Market Regulation"). */
const PROPER_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;
/** Words that join a clause on to what comes before it: "two days after [the regulator] published". */
const JOINS = /\b(?:after|before|when|once|since|until|because|as|that|where|whereas)\s+/gi;
/** Words that open an insert about a name, or a relative clause, rather than a subject. */
const INSERT = /^(?:known|called|dubbed|nicknamed|based|owned|led|run|founded|who|whose|which|that)\b/;
/** Words that end a subject before its verb: "…had", "…also", "…reportedly". */
const TRAILING = /(?:\s+(?:has|have|had|was|were|is|are|will|would|also|then|reportedly|recently))+\s*$/i;

/**
 * The verb whose subject a question asks for, as a term: "Which regulators issued the draft rules?"
 * → publish, "Who took over as chairman?" → succeed. Questions whose wh-word is an object ("Which
 * company did Alipay start working with?") have none.
 */
export function subjectVerb(question: string): string | undefined {
  const m = WHICH_SUBJECT.exec(question) ?? WHO_SUBJECT.exec(question);
  const verb = m?.[1];
  if (!m || !verb) return undefined;
  const at = m.index + m[0].length - verb.length;
  return phrasesIn(question).find((p) => p.start === at)?.concept ?? stem(verb);
}

/**
 * Who or what does the asked verb in a sentence: the words before it back to the clause's last
 * comma, when they hold a name ("On Monday, [the China Banking and Insurance Regulatory Commission
 * and the People's Bank of China] published draft rules", "…, [Reuters] reported").
 */
export function subjectSpans(
  text: string,
  hits: ReturnType<typeof termHits>,
  verb: string,
  names: readonly NameSpan[],
): Span[] {
  return hits
    .filter((h) => h.term === verb)
    .flatMap((h) => {
      const [from] = clauseAround(text, h.start);
      const before = text.slice(from, h.start).replace(TRAILING, '');
      const comma = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
      const end = from + before.trimEnd().length;
      let start = from + (comma >= 0 ? comma + 2 : (/^\s*/.exec(before)?.[0].length ?? 0));
      const inside = names.filter((n) => !n.inQuestion && n.start >= start && n.end <= end);
      const first = inside.reduce<NameSpan | undefined>((a, n) => (a && a.start < n.start ? a : n), undefined);
      const last = inside.reduce<NameSpan | undefined>((a, n) => (a && a.end > n.end ? a : n), undefined);
      // "…Li Jiaqi, known to fans as the “Lipstick King,” pitched…": an insert about a name is not the subject.
      // "Eddie Wu, who took over as…": a relative clause's subject is the name before it, not its words.
      const insert = INSERT.test(text.slice(start, end));
      // "The figures come two days after [China's regulator] published": the subject's clause
      // begins after the word that joins it on.
      if (first) start += lastJoinEnd(text.slice(start, first.start));
      const words = text.slice(start, end).split(/\s+/).length;
      // "…by Alibaba together with department store operator Intime": the name is a preposition's
      // object, and the word after it ("operator") no verb it is the subject of.
      const named = last !== undefined && !PREPOSITION.test(text.slice(last.start, end).replace(PROPER_RUN, 'X'));
      // "Jiang Fan takes charge of … and Fan Luyuan oversees": a subject holds no other doing asked about.
      const doing = hits.some((x) => x !== h && x.term === verb && x.start >= start && x.end <= end);
      return end > start && words <= 14 && named && !insert && !doing
        ? [{ text: text.slice(start, end), start, end }]
        : [];
    });
}

/** Where the clause of a subject starts in `lead`, the words before its first name: after the last joining word. */
function lastJoinEnd(lead: string): number {
  let at = 0;
  for (const m of lead.matchAll(JOINS)) at = m.index + m[0].length;
  return at;
}

const COPULA = /\s(?:is|was|are|were|remains|remained|became)\s/g;

/**
 * The other side of "is" from the question's words: "What is Ant's biggest money-maker?" is
 * answered by "[Lending] is Ant's biggest money-maker", and "What was the result?" by "the result
 * was [a record]". Each side ends at the clause's commas.
 */
export function copulaSpans(text: string, hits: ReturnType<typeof termHits>): Span[] {
  return [...text.matchAll(COPULA)].flatMap((m) => {
    const [from, to] = clauseAround(text, m.index);
    const left = text.slice(from, m.index);
    const comma = left.lastIndexOf(', ');
    const start = from + (comma >= 0 ? comma + 2 : 0);
    const rightEnd = m.index + m[0].length + (/[,;.]|$/.exec(text.slice(m.index + m[0].length, to))?.index ?? 0);
    const inLeft = hits.filter((h) => h.start >= start && h.end <= m.index).length;
    const inRight = hits.filter((h) => h.start >= m.index && h.end <= rightEnd).length;
    if (inRight > 0 && inLeft === 0) return side(text, start, m.index);
    if (inLeft > 0 && inRight === 0) return side(text, m.index + m[0].length, rightEnd);
    return [];
  });
}

function side(text: string, start: number, end: number): Span[] {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.split(/\s+/).length > 12) return [];
  const at = start + raw.indexOf(trimmed);
  return [{ text: trimmed, start: at, end: at + trimmed.length }];
}
