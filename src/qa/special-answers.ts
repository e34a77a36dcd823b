import type { FactBase } from '../factbase/schema';
import type { QuestionAnalysis } from './analyse-question';
import { type Answer, abstain, answered, describeDateTime } from './answer';
import { isCatalogId } from './candidates';
import { satisfies } from './constraints';
import type { RankedSentence } from './rank';
import type { IndexedSentence } from './search-index';
import { mentionsTerm } from './text-spans';

/** How many of the best sentences a yes/no question is checked against. */
const READ = 6;
/** Words that turn a sentence into a "no" (or a "we don't say"): it never confirms a yes. */
const NEGATION = /\b(?:not|never|no|none|without|declined|refused|denied|rejected|failed)\b|n['’]t\b/i;

/** Only ever "yes", when one sentence holds everything asked, unnegated: the sources cannot prove a "no". */
export function yesNo(q: QuestionAnalysis, ranked: readonly RankedSentence[], related: IndexedSentence[]): Answer {
  // Names outside the catalog ("in Brazil") are part of what is asked, like a place.
  const names = q.entities.filter((e) => !isCatalogId(e.entityId)).length + (q.constraints.place ? 1 : 0);
  const wanted = q.terms.length + names;
  const read = ranked.slice(0, READ).flatMap((r) => {
    const whole = {
      text: r.sentence.sentence.text,
      start: r.sentence.sentence.start,
      end: r.sentence.sentence.end,
      fit: 1,
    };
    const allNamed = q.entities.every(
      (e) => r.sentence.entityIds.has(e.entityId) || e.text.toLowerCase() === q.constraints.place?.toLowerCase(),
    );
    if (!allNamed || !satisfies(whole, r.sentence, q)) return [];
    const held = q.terms.filter((t) => mentionsTerm(r.sentence.tokens, t, q.nearby)).length + names;
    return [{ r, whole, held }];
  });
  // The sentence that holds most of what is asked decides; a negated one ("declined to comment")
  // never makes a yes. Only ever "yes": the sources cannot prove a "no".
  const best = read.reduce<(typeof read)[number] | undefined>((b, x) => (!b || x.held > b.held ? x : b), undefined);
  const enough = best && (wanted === 0 || (best.held >= 1 && best.held / wanted >= 1 / 3));
  if (!best || !enough) return abstain(q, 'no-answer', related);
  const negation = NEGATION.exec(best.whole.text);
  if (negation) {
    // "An Alibaba spokesperson declined to comment": when the sentence says so, say so.
    if (best.held < wanted) return abstain(q, 'no-answer', related);
    const rest = best.whole.text.slice(negation.index);
    const clause = rest.slice(0, /[,.;:]/.exec(rest)?.index ?? rest.length);
    return answered(q, { ...best.whole, text: `No: ${clause}` }, best.r.sentence, best.r.score);
  }
  return answered(q, { ...best.whole, text: 'Yes' }, best.r.sentence, best.r.score);
}

/** "When was this article published?": the source's own dateline answers. */
export function aboutSource(q: QuestionAnalysis, factBase: FactBase): Answer {
  const source = factBase.sources[0];
  const dateline = factBase.passages.find((p) => p.sourceId === source?.id && p.kind === 'dateline');
  const line = dateline?.sentences[0];
  if (!source?.publishedAt || !dateline || !line) return abstain(q, 'no-answer', []);
  const updated = q.terms.some((t) => /^updat/.test(t)) && source.updatedAt;
  const when = updated ? (source.updatedAt ?? source.publishedAt) : source.publishedAt;
  const sentence = dateline.sentences.find((s) => (updated ? /updat/i : /publish/i).test(s.text)) ?? line;
  const s: IndexedSentence = {
    id: -1,
    sentence,
    passage: dateline,
    source,
    entityIds: new Set(),
    referred: new Map(),
    topics: new Set(),
    terms: new Set(),
    vocabulary: new Set(),
    carried: new Set(),
    facts: [],
    tokens: [],
    names: [],
  };
  return answered(q, { text: describeDateTime(when), start: sentence.start, end: sentence.end, fit: 1 }, s, 1);
}
