import { COMPARATOR_WORDS, describeValue, formatAmount } from '../factbase/describe';
import type { Fact } from '../factbase/schema';
import type { QuestionAnalysis } from './analyse-question';
import { ARTICLE_NAME_PREFIX } from './article-names';
import { baselineWeight, bindingWeight } from './binding';
import { anchorsIn } from './constraints';
import { NAME_WORDS } from './lexicon';
import { factTerms, type IndexedSentence, relationTerms } from './search-index';
import { textCandidates } from './text-candidates';
import { credit, credits, type NameSpan, proximityFit, termHits, termShare } from './text-spans';
import type { typedSpans } from './typed-spans';
import { valueKeys } from './value-keys';

/** A span of the source as offsets within the sentence. */
function local(span: { start: number; end: number }, s: IndexedSentence) {
  return { start: span.start - s.sentence.start, end: span.end - s.sentence.start };
}

/** A possible answer read from one sentence. */
export interface Candidate {
  /** The answer as shown: "more than 520 million", "2009", "Russia, Spain and the US". */
  text: string;
  /** Where its words stand in the source text. */
  start: number;
  end: number;
  /** How well it fits what was asked, 0–1. */
  fit: number;
  /** The fact it comes from; text-only answers have none. */
  fact?: Fact;
  /** A date read off a figure's period ("1.04 billion in 2018"), not a fact's own date. */
  periodOnly?: boolean;
}

/** What candidates are read against: the question, and the names of entities. */
export interface CandidateContext {
  q: QuestionAnalysis;
  /** Catalog entities the question names. */
  entityIds: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  /** Each entity's kind ("person", "business-unit", "external" for names outside the catalog). */
  kinds: ReadonlyMap<string, string>;
  reference: Parameters<typeof typedSpans>[2];
}

/** The words that state a fact's value, shortest form: "more than 520 million", not "… users". */
function shortValue(fact: Fact, currency: string | undefined): string {
  const v = fact.value;
  // "six", as the source spells it; figures in digits are shown in the house style.
  if (v.kind === 'quantity')
    return `${COMPARATOR_WORDS[v.comparator]}${/\d/.test(v.text) ? formatAmount(v.amount) : v.text}`;
  if (v.kind === 'percent' && !/\d/.test(v.text)) return v.text;
  if (v.kind === 'money' && v.equivalent && currency === v.equivalent.currency) {
    // Asked "in dollars": lead with the dollar figure the source gives.
    const { amount, currency: c, text } = v.equivalent;
    return `${describeValue({ ...v, amount, currency: c, text, equivalent: { amount: v.amount, currency: v.currency, text: v.text } })}`;
  }
  return describeValue(v);
}

/** "A, B and C". */
export function joinList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** The share of the question's terms a fact's own words cover, blended with the sentence's. */
function factFit(fact: Fact, s: IndexedSentence, q: QuestionAnalysis): number {
  if (q.terms.length === 0) return 0.5;
  const own = factTerms(fact);
  const stated = relationTerms(fact);
  const share = (words: ReadonlySet<string>) => termShare(credits(words, q.terms, q.nearby), q.terms, q.weights);
  // The attribute names what the fact is; the words it is stated in count for less.
  const byFact = Math.max(share(own), 0.6 * share(stated));
  const bySentence = share(s.vocabulary);
  return byFact > 0 ? 0.7 * byFact + 0.3 * bySentence : 0;
}

/**
 * What candidates of a sentence are read against: its names, where the question's terms stand in it
 * and the names that anchor them; worked out once per sentence for its facts and its words.
 */
export interface SentenceReading {
  names: readonly NameSpan[];
  hits: ReturnType<typeof termHits>;
  anchors: ReturnType<typeof anchorsIn>;
}

/** Candidates from the facts of a sentence that fit the kind of answer wanted. */
function factCandidates(s: IndexedSentence, c: CandidateContext, reading: SentenceReading): Candidate[] {
  const { q, entityIds } = c;
  const out: Candidate[] = [];
  const { names, hits, anchors } = reading;
  for (const fact of s.facts) {
    const v = fact.value;
    const objectId = v.kind === 'relation' ? v.objectId : undefined;
    const about = entityIds.size === 0 || entityIds.has(fact.entityId);
    const partOf = about || (fact.counterpartId !== undefined && entityIds.has(fact.counterpartId));
    // A number or date fits by its attribute's words and by the question's words around it; a
    // relation by its own words only ("headquartered in" is no answer to "in which areas").
    const byAttribute = factFit(fact, s, q);
    const span = local(fact.evidence, s);
    const near =
      v.kind === 'relation'
        ? 0
        : proximityFit(span, hits, q.terms, {
            sentence: s.sentence.text,
            anchors,
            weights: q.weights,
          });
    // Without its attribute named, only a full question's words around a fact vouch for it, weakly.
    const currency = v.kind === 'money' ? [v.currency, ...(v.equivalent ? [v.equivalent.currency] : [])] : undefined;
    const bound =
      bindingWeight(s.sentence.text, span, names, q, currency) *
      (v.kind === 'relation' ? 1 : baselineWeight(s.sentence.text, span, q));
    const fit =
      bound *
      (byAttribute > 0 ? 0.6 * byAttribute + 0.4 * Math.max(byAttribute, near) : (q.kindStated ? 0.5 : 0.4) * near);
    const at = { start: fact.evidence.start, end: fact.evidence.end, fit, fact };
    const numeric = (q.kind === 'quantity' || q.kind === 'money' || q.kind === 'percent') && q.kind === v.kind;
    if (numeric && partOf) out.push({ ...at, text: shortValue(fact, q.currency) });
    else if (q.kind === 'date' && v.kind === 'date' && partOf) out.push({ ...at, text: describeValue(v) });
    else if (q.kind === 'thing' && partOf && v.kind !== 'relation' && q.terms.length > 0 && at.fit > 0) {
      // "What discount are the shares priced at?": a fact named by the question's words, whatever its kind.
      out.push({ ...at, text: v.kind === 'date' ? describeValue(v) : shortValue(fact, q.currency) });
    } else if (q.kind === 'date' && fact.period && (partOf || (objectId && entityIds.has(objectId))))
      // When a figure held is no date of an event: it vouches for "when" no more than the words do.
      out.push({ ...at, text: fact.period.label, ...(v.kind !== 'date' && { periodOnly: true }) });
    else if (v.kind !== 'relation') continue;
    else if (q.kind === 'place' && about && (v.places || fact.attribute.endsWith(' in'))) {
      out.push({ ...at, text: v.places ? joinList(v.places) : v.object });
    } else if (
      (q.kind === 'agent' || q.kind === 'thing') &&
      about &&
      (q.terms.length > 0 || v.role) &&
      !reversed(fact, q)
    ) {
      // "Who is Michael Evans?" → "Alibaba president"; "Who runs Alipay?" → "Ant Financial Services Group".
      // "What is Jack Ma's title?" → "executive chairman".
      const text = !v.role
        ? v.object
        : q.terms.length === 0
          ? `${v.object} ${fact.attribute}`
          : q.terms.includes('title')
            ? fact.attribute
            : v.object;
      out.push({ ...at, text });
    } else if (q.kind === 'agent' && objectId && entityIds.has(objectId) && personIfAsked(fact.entityId, c)) {
      // "Who owns the Post?", "Who is Alibaba's president?": the subject of a relation to the entity.
      out.push({ ...at, text: c.names.get(fact.entityId) ?? fact.entityId });
    }
  }
  return out;
}

/** Every answer the sentence offers to the question, best fitting first. `names` are the sentence's names. */
export function candidatesIn(s: IndexedSentence, c: CandidateContext, names: readonly NameSpan[]): Candidate[] {
  // A question that names only things outside the catalog ("What is Verifone?") is not answered by
  // facts about catalog entities that happen to share the sentence.
  const onlyOthers = c.entityIds.size === 0 && c.q.entities.length > 0;
  const asked = names.filter((n) => n.inQuestion);
  // …unless the name owns the value: "China’s US$5.5 trillion market".
  const owns = (f: Candidate) =>
    asked.some((n) => n.end <= f.start - s.sentence.start && f.start - s.sentence.start - n.end <= 4);
  const reading = {
    names,
    hits: termHits(s.tokens, c.q.terms, c.q.nearby),
    anchors: anchorsIn(s.sentence.text, names, c.q),
  };
  const facts = factCandidates(s, c, reading).filter((f) => !onlyOthers || owns(f));
  // The words of the sentence are read too unless a fact already fits well.
  // Asked for a time, a figure a fact already reads with its period is not read again from the
  // words alone, which may miss the period ("25.1 billion yuan ($3.44 billion) for the quarter…").
  const figures = c.q.constraints.from
    ? s.facts.filter((f) => f.period && f.value.kind !== 'relation' && f.value.kind !== 'date').map((f) => f.evidence)
    : [];
  const text = (facts.some((f) => f.fit >= 0.75) ? [] : textCandidates(s, c, reading)).filter(
    (t) => !figures.some((e) => t.start < e.end && t.end > e.start),
  );
  const askedText = new Set(asked.map((n) => n.text.toLowerCase()));
  // The question's own names are no answer, unless it asks what something is called.
  const asksName = c.q.terms.length > 0 && c.q.terms.every((t) => NAME_WORDS.has(t));
  return (
    [...facts, ...text]
      .filter((x) => asksName || !askedText.has(x.text.toLowerCase()))
      // "Which brands sold more than 1 billion yuan?": the amount the question names is no answer to it.
      .filter((x) => !valueKeys(x.text).some((v) => c.q.terms.includes(v.key)))
      .sort((a, b) => b.fit - a.fit)
  );
}

/**
 * "Who runs Tmall?" asks who does the verb to Tmall: a fact that Tmall itself runs something answers
 * "What does Tmall run?", not this.
 */
function reversed(fact: Fact, q: QuestionAnalysis): boolean {
  return q.subjectOf !== undefined && credit(factTerms(fact), q.subjectOf, q.nearby) > 0;
}

/** "Who is the boss of Cainiao?" wants a person: a business that runs it is no answer. */
function personIfAsked(id: string, c: CandidateContext): boolean {
  const kind = c.kinds.get(id) ?? 'external';
  return c.q.agentType !== 'person' || kind === 'person' || kind === 'external';
}

/** Is this entity id one of the catalog's, not a name found in the sources? */
export function isCatalogId(id: string): boolean {
  return !id.startsWith(ARTICLE_NAME_PREFIX);
}
