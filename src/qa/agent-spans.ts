import type { CandidateContext } from './candidates';
import type { NameSpan, Span, termHits } from './text-spans';

/** A span that could answer, with how much its form vouches for it. */
export type Weighted = Span & { weight?: number; typed?: boolean; currency?: string[] };

type Hits = ReturnType<typeof termHits>;

/** Posts that only a role fact, or a title bound to the name, can pin on a person ("the head of Alibaba Cloud"). */
const TITLES = new Set(['president', 'chairman', 'ceo', 'chief', 'founder', 'found', 'director', 'manager']);

/**
 * Names bound to the question's words by the sentence's form: a title just before the name
 * ("executive chairman Eric Jing"), an appositive just after it ("Zhang Jianfeng, president of
 * Alibaba Cloud Intelligence,") or a predicate it is the subject of ("Daniel Zhang, …, took over as
 * chairman"). Nearness alone is not enough: "Jack Ma, executive chairman Eric Jing and chief
 * executive Simon Hu" holds three people and three posts. A title that belongs to a name the
 * question does not ask about ("Alibaba president Michael Evans" for Alibaba Cloud) is another post.
 */
function titledNames(text: string, hits: Hits, wanted: readonly NameSpan[], all: readonly NameSpan[]): Weighted[] {
  const otherOwner = (from: number, to: number) =>
    all.some((m) => !m.inQuestion && m.start >= from && m.end <= to && m.kind !== 'person');
  return wanted.flatMap((n) => {
    const title = titleBefore(text, hits, n.start);
    if (title !== undefined) return ownedBefore(text, all, title) ? [] : [{ ...n, weight: 1.3 }];
    const next = all.find((m) => m.start > n.end && m.kind === 'person')?.start ?? text.length;
    const rest = text.slice(n.end, next);
    const appositive = /^,\s[^,;]*/.exec(rest)?.[0] ?? '';
    const clauseEnd = /[;:]|,\s(?:and|but|while)\s|\.\s|$/.exec(rest)?.index ?? rest.length;
    const within = (from: number, to: number) => hits.some((h) => h.start >= n.end + from && h.end <= n.end + to);
    if (appositive && within(0, appositive.length))
      return otherOwner(n.end, n.end + appositive.length) ? [] : [{ ...n, weight: 1.3 }];
    return within(0, clauseEnd) ? [{ ...n, weight: 1.1 }] : [];
  });
}

/** Where the title words just before a name begin ("executive chairman Eric Jing"), if the question's words are there. */
function titleBefore(text: string, hits: Hits, at: number): number | undefined {
  let start: number | undefined;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h && h.end <= (start ?? at) && /^[\s-]*$/.test(text.slice(h.end, start ?? at))) start = h.start;
  }
  return start;
}

/** "Alibaba president", "Alibaba’s chief executive": a name that owns the title standing just before it. */
function ownedBefore(text: string, all: readonly NameSpan[], title: number): boolean {
  return all.some((m) => !m.inQuestion && /^(?:['’]s)?\s+$/.test(text.slice(m.end, title)));
}

const PLACE_BEFORE = /\b(?:in|at|from|across|outside|inside)\s+(?:the\s+)?$/i;
/** "Reuters reported", "reported by Reuters", "according to Reuters": the name does what was asked. */
const ACTOR_AFTER = /^\s*(?:,\s*)?$/;
const ACTOR_BEFORE = /\b(?:by|to)\s+$/;

/** Whether the name does the question's verb: it stands right before it, or after "by" following it. */
function actsIn(text: string, name: NameSpan, hits: Hits): boolean {
  return hits.some(
    (h) =>
      (h.start >= name.end && ACTOR_AFTER.test(text.slice(name.end, h.start))) ||
      (h.end <= name.start && name.start - h.end < 20 && ACTOR_BEFORE.test(text.slice(h.end, name.start))),
  );
}

/** Names the sentence gives for "who"/"which company" questions, of the wanted sort. */
export function agentSpans(c: CandidateContext, text: string, hits: Hits, names: readonly NameSpan[]): Weighted[] {
  const { q } = c;
  const others = names.filter((n) => !n.inQuestion);
  const fits = (n: NameSpan) =>
    n.kind !== 'event' &&
    (q.agentType === undefined ||
      n.kind === 'external' ||
      (q.agentType === 'person' ? n.kind === 'person' : n.kind !== 'person'));
  // "The gala … in Shanghai featured Taylor Swift": a name after "in" or "at" is where, not who.
  const wanted = others.filter((n) => fits(n) && !PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)));
  // Who holds a post at a catalog unit only a role fact, or the title bound to the name, says.
  if (q.agentType === 'person' && c.entityIds.size > 0 && q.terms.some((t) => TITLES.has(t)))
    return titledNames(text, hits, wanted, names);
  // "Alibaba’s secondary listing": a possessive names whose thing it is, not who did it.
  const weight = (n: NameSpan) =>
    (n.kind === 'external' ? 0.7 : 1) *
    (actsIn(text, n, hits) ? 1.5 : 1) *
    (/^['’]s\b/.test(text.slice(n.end)) ? 0.6 : 1);
  return wanted.map((n) => ({ ...n, weight: weight(n) }));
}
