import type { QuestionAnalysis } from './analyse-question';
import type { Candidate } from './candidates';
import { clauseAround } from './clauses';
import { MEASURE_CONCEPTS, STOPWORDS, stem, words } from './lexicon';
import { timeClauseStart } from './question-event';
import { factTerms, type IndexedSentence } from './search-index';
import { credit, termHits } from './text-spans';

/** What "how many" counts, up to its verb: "how many foreign brands took part" → foreign brands. */
const HOW_MANY = /\bhow\s+many\s+((?:[\p{L}-]+\s*){1,4})/iu;
const ENDS_COUNTED =
  /^(?:do|does|did|are|were|is|was|has|have|had|will|can|could|would|in|on|at|for|from|of|to|by|with|took|take|made|sold|got|\p{L}+ed)$/iu;

/** The stems of the words "how many" counts: the noun and the words that narrow it down. */
export function counted(question: string): string[] {
  const words = HOW_MANY.exec(question)?.[1]?.trim().split(/\s+/) ?? [];
  const end = words.findIndex((w) => ENDS_COUNTED.test(w));
  return (end < 0 ? words : words.slice(0, end)).map(stem);
}

/**
 * The terms of a question that name what the amount asked for measures, if it asks for an amount:
 * the measure concepts it uses, and what "how many" counts ("foreign brands": a figure of all
 * brands is no answer).
 */
export function measureTerms(q: QuestionAnalysis): string[] {
  // "What was Alibaba Health's gross margin?" asks for a thing; a figure answers it only as a margin.
  if (q.kind === 'thing') {
    const phrase = ASKED_NOUN.exec(q.question)?.[1] ?? '';
    const asked = phrase
      .slice(phrase.search(/['’]s\s+\S+[^'’]*$/) + 1 || 0)
      .replace(/^s\s+/, '')
      .trim()
      .split(/\s+/);
    const end = asked.findIndex((w) => STOPWORDS.has(w.toLowerCase()));
    const head = (end < 0 ? asked : asked.slice(0, end)).map(stem);
    return q.terms.filter((t) => head.includes(t));
  }
  if (q.kind !== 'money' && q.kind !== 'quantity' && q.kind !== 'percent') return [];
  const count = counted(q.question);
  // "How much is Trendyol worth after the new funding?": the funding dates the worth; it is not what
  // is measured.
  const at = timeClauseStart(q.question);
  const before = at === undefined ? undefined : words(q.question.slice(0, at)).map((w) => stem(w.word));
  const measures = q.terms.filter(
    (t) => (MEASURE_CONCEPTS.has(t) || count.includes(t)) && (!before || before.includes(t)),
  );
  // "How many people does Daraz employ?": the people are its employees, not its users.
  return measures.includes('employee') && PEOPLE.test(q.question) ? measures.filter((t) => t !== 'user') : measures;
}

const TIME_UNIT = /^[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;

/** The noun phrase "what is" asks about, past a possessive: "What was Alibaba Health's [gross margin]…". */
const ASKED_NOUN = /^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?([^?]*)/iu;

/** A question about what one share costs: "price per share", "for each of their shares". */
export const PER_SHARE_ASKED = /\b(?:per|a|each)\s+share\b|\beach\s+of\s+(?:their|its|the)\s+shares\b/i;
/** A sum given for one share: "HK$8.10 each", "US$68 a share", "(HK$80) per share". */
const PER_SHARE = /^\)?\s*(?:each\b|(?:a|per)\s+share\b)/i;

/** Counted nouns that say nothing of what was counted: "times", "occasions". */
const GENERIC_COUNT = new Set(['time', 'occasion']);
const PEOPLE = /\bhow\s+many\s+(?:people|persons|workers)\b/i;

/** A question about what was added, opened or hired, which a count of new things answers. */
const ADDITION =
  /\b(?:add|adds|added|adding|new|more|extra|additional|further|open|opens|opened|opening|launch|launched|build|built|hire|hired|deploy|deployed|install|installed|plan|plans|planned)\b/i;

/** Terms of a question that only a figure answers: measures of results, and "margin". */
const FIGURE_TERMS: ReadonlySet<string> = new Set([
  'revenue',
  'profit',
  'lose',
  'valuation',
  'margin',
  'ebit',
  'ebita',
  'ebitda',
  'eps',
  'arpu',
]);

/** Whether a question's words name a measure that only a figure answers ("What adjusted EBITA…"). */
export function asksFigure(q: QuestionAnalysis): boolean {
  return q.terms.some((t) => FIGURE_TERMS.has(t));
}

/** Words that ask how something changed, other than the concepts of growth and decline. */
const CHANGE_ASKED = /\b(?:fast|quickly|pace|rate|change|changed|per\s*cent|percent|percentage|%)/i;

/** A clause set beside the one before, which may leave its measure unsaid. */
const PARALLEL = /^(?:while|whereas|and|but)\b/i;

/** A clause that counts part of what the clause before counted: "including 31,000 from overseas". */
const PART_OF = /^(?:including|among\s+them|of\s+which|[\d.,]+\s+of\s+(?:them|which|whom))\b/i;

/**
 * How much a candidate is a figure of what was asked, 1 when it is: the share of the measure terms
 * (`measureTerms`) its clause or its fact's attribute holds. A sentence that shares the question's
 * other words but gives a figure of something else ("revenue" asked, "net profit" stated; "users"
 * asked, "half" stated) is no answer, and the engine should rather abstain.
 */
export function measureFit(c: Candidate, s: IndexedSentence, q: QuestionAnalysis, measures: readonly string[]): number {
  const text = s.sentence.text;
  // A thing asked for is measured only when a figure answers it.
  const figure = c.fact ? c.fact.value.kind !== 'relation' && c.fact.value.kind !== 'date' : /\d/.test(c.text);
  // …and what asks for a measure ("What adjusted EBITA did it report?") wants the figure, not words.
  if (q.kind === 'thing' && !figure) return asksFigure(q) ? 0.5 : 1;
  // "eight minutes after midnight": a length of time counts no people or things.
  if (q.kind === 'quantity' && TIME_UNIT.test(text.slice(c.end - s.sentence.start))) return 0.3;
  // "What price per share…": only a sum given for each share answers, not what a whole stake cost.
  if (q.kind === 'money' && PER_SHARE_ASKED.test(q.question) && !PER_SHARE.test(text.slice(c.end - s.sentence.start)))
    return 0.3;
  // "100 new stores" is how many were added, no answer to how many there are.
  if (c.fact?.attribute.endsWith(' added') && !ADDITION.test(q.question)) return 0.3;
  // "adjusted ebita" asks for the figure; how much it rose answers only a question about change.
  const change = c.fact && /\b(?:growth|decline)$/.test(c.fact.attribute);
  if (change && !q.terms.some((t) => t === 'growth' || t === 'decline') && !CHANGE_ASKED.test(q.question))
    return 0.8 * measureFit({ ...c, fact: undefined }, s, q, measures);
  if (measures.length === 0) return 1;
  const [start, to] = clauseAround(text, c.start - s.sentence.start);
  // A part counted ("…, including 31,000 from overseas") is a part of what the clause before counts,
  // and a clause that names no measure of its own ("…, while Jefferies puts Cainiao at nearly $20
  // billion") carries on the measure of the one before.
  const own = s.tokens.filter((t) => t.start >= start && t.end <= to && t.forms.some((f) => MEASURE_CONCEPTS.has(f)));
  const carries = PART_OF.test(text.slice(start)) || (PARALLEL.test(text.slice(start)) && own.length === 0);
  const from = carries && start > 0 ? clauseAround(text, start - 2)[0] : start;
  const clause = s.tokens.filter((t) => t.start >= from && t.end <= to);
  const inClause = termHits(clause, measures, q.nearby);
  // What the fact says it measures, or what the sentence before it measured when this one points back.
  const attribute = new Set([...(c.fact ? factTerms(c.fact) : []), ...s.carried]);
  const held = measures.map((m) =>
    Math.max(credit(attribute, m, q.nearby), ...inClause.filter((h) => h.term === m).map((h) => h.credit)),
  );
  const share = held.reduce((sum, x) => sum + x, 0) / measures.length;
  // "How many countries…" answered by a count of packages: a count of something else, no answer at all.
  const counts = counted(q.question);
  // "How many times has it been downloaded?": times count any doing; the clause must do what was asked.
  if (counts.length === 1 && GENERIC_COUNT.has(counts[0] ?? '')) {
    const doing = q.terms.filter((t) => !counts.includes(t) && !MEASURE_CONCEPTS.has(t));
    if (doing.length > 0 && termHits(clause, doing, q.nearby).length === 0) return 0.2;
  }
  if (share === 0 && c.fact?.value.kind === 'quantity' && measures.some((m) => counts.includes(m))) return 0.15;
  return 0.4 + 0.6 * share;
}
