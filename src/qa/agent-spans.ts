import type { CandidateContext } from './candidates';
import type { NameSpan, Span, termHits } from './text-spans';

/**
 * A span that could answer, with how much its form vouches for it; `described` spans say what an
 * asked name is, and fit by that alone, wherever the question's words stand.
 */
export type Weighted = Span & { weight?: number; typed?: boolean; currency?: string[]; described?: boolean };

type Hits = ReturnType<typeof termHits>;

/** Posts that only a role fact, or a title bound to the name, can pin on a person ("the head of Alibaba Cloud"). */
const TITLES = new Set(['president', 'chairman', 'ceo', 'chief', 'founder', 'found', 'director', 'manager', 'lead']);
/** Posts that only their own words state: "head of the pharmacy business" is no chief executive. */
const NAMED_POSTS = new Set(['president', 'chairman', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'found', 'director']);

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
    // "Jiang Fan oversees Cloud Intelligence": a name, the asked word, a name is a clause, and the
    // second name what is overseen, no one titled.
    const before = title === undefined ? '' : text.slice(0, title);
    const doneTo =
      title !== undefined &&
      (all.some((m) => m !== n && /^\s+$/.test(text.slice(m.end, title))) ||
        // …a capitalised word no name found holds ("Jiang Fan") is a name, too.
        (/\p{Lu}[\p{L}’'-]*\s+$/u.test(before) && !all.some((m) => m.end === before.trimEnd().length)));
    if (title !== undefined && doneTo) return [];
    if (title !== undefined) return ownedBefore(text, all, title) ? [] : [{ ...n, weight: 1.3 }];
    const next = all.find((m) => m.start > n.end && m.kind === 'person')?.start ?? text.length;
    const rest = text.slice(n.end, next);
    const appositive = /^,\s[^,;]*/.exec(rest)?.[0] ?? '';
    const clauseEnd = /[;:]|,\s(?:and|but|while)\s|\.\s|$/.exec(rest)?.index ?? rest.length;
    const within = (from: number, to: number) => hits.some((h) => h.start >= n.end + from && h.end <= n.end + to);
    // "Yang Weidong, the president of Youku and of Alibaba's media group": a post of the asked one,
    // whatever else it is a post of.
    const ownsAsked = all.some((m) => m.inQuestion && m.start >= n.end && m.end <= n.end + appositive.length);
    if (appositive && within(0, appositive.length))
      return otherOwner(n.end, n.end + appositive.length) && !ownsAsked ? [] : [{ ...n, weight: 1.3 }];
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

const PLACE_BEFORE =
  /\b(?:in|at|from|across|outside|inside)\s+(?:the\s+)?(?:(?:mainland|northern|southern|eastern|western|central|rural|coastal)\s+)?$/i;
/** "Reuters reported", "reported by Reuters", "according to Reuters": the name does what was asked. */
const ACTOR_AFTER = /^\s*(?:,\s*)?$/;
/** "run by Alibaba affiliate Ant Financial": "by", perhaps words that describe the name, then the name. */
const ACTOR_BEFORE = /\b(?:by|to)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;
/** "Alibaba affiliate Ant Financial", "Alibaba founder Jack Ma": a name that describes the next one. */
const DESCRIBES_NEXT = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;

/** Whether the name does the question's verb: it stands right before it, or after "by" following it. */
function actsIn(text: string, name: NameSpan, hits: Hits): boolean {
  return hits.some(
    (h) =>
      (h.start >= name.end && ACTOR_AFTER.test(text.slice(name.end, h.start))) ||
      (h.end <= name.start && name.start - h.end < 40 && ACTOR_BEFORE.test(text.slice(h.end, name.start))),
  );
}

/** How far (in characters) a name and the question's word it is bound to may stand apart. */
const BOUND_REACH = 50;

/**
 * Whether the sentence binds a name to what was asked: a word of the question stands between the
 * name and the asked entity with no other name between ("Wan Lin runs Cainiao", "Cainiao, run by Wan
 * Lin"), or, when the sentence does not name the entity, next to the name ("Zhou Jiarui, head of the
 * pharmacy business"). In "Trudy Dai leads Taobao, Wan Lin runs Cainiao" only Wan Lin runs Cainiao.
 */
function boundTo(text: string, name: NameSpan, hits: Hits, names: readonly NameSpan[]): boolean {
  // A name that only describes this one ("Alibaba affiliate Ant Financial") stands in no one's way.
  const describesIt = (m: NameSpan) => m.end <= name.start && DESCRIBES_NEXT.test(text.slice(m.end, name.start));
  const between = (a: { end: number }, b: { start: number }) =>
    !names.some((m) => m !== name && !m.inQuestion && !describesIt(m) && m.start >= a.end && m.end <= b.start) &&
    !/[;.]\s/.test(text.slice(a.end, b.start));
  const asked = names.filter((m) => m.inQuestion);
  return hits.some((h) => {
    const [first, second] = h.start >= name.end ? [name, h] : [h, name];
    if (second.start - first.end > BOUND_REACH || !between(first, second)) return false;
    // Without the entity, only what follows the name is its post or its doing ("Reuters reported").
    if (asked.length === 0) return h.start >= name.end;
    return asked.some((e) =>
      h.start >= name.end
        ? e.start >= h.end && e.start - h.end < BOUND_REACH && between(h, e)
        : e.end <= h.start && h.start - e.end < BOUND_REACH && between(e, h),
    );
  });
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
  const wanted = others.filter((n) => fits(n) && !PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)));
  const bound = new Set(wanted.filter((n) => boundTo(text, n, hits, names)).map((n) => n.start));
  // Who holds a post at a catalog unit only a role fact, or the title bound to the name, says.
  if (q.agentType === 'person' && c.entityIds.size > 0 && q.terms.some((t) => TITLES.has(t)))
    return titledNames(
      text,
      hits.filter((h) => h.credit >= 1 || !NAMED_POSTS.has(h.term)),
      wanted,
      names,
    ).map((n) => ({ ...n, weight: (n.weight ?? 1) * (bound.has(n.start) ? 1.3 : 1) }));
  // "Alibaba’s secondary listing": a possessive names whose thing it is, not who did it; and
  // "Alibaba affiliate Ant Financial" is Ant Financial, described.
  // …but in "Trudy Dai leads Taobao" the words between are what was asked: a verb, no description.
  const describes = (n: NameSpan) =>
    names.some(
      (m) =>
        m.start > n.end &&
        DESCRIBES_NEXT.test(text.slice(n.end, m.start)) &&
        !hits.some((h) => h.start >= n.end && h.end <= m.start),
    );
  const weight = (n: NameSpan) =>
    (n.kind === 'external' ? 0.7 : 1) *
    (actsIn(text, n, hits) ? 1.5 : 1) *
    (bound.has(n.start) ? 1.3 : 1) *
    (/^['’]s\b/.test(text.slice(n.end)) || describes(n) ? 0.6 : 1);
  // "led by General Atlantic and SoftBank Vision Fund": who did it is both, named together.
  const together = wanted.flatMap((a) => {
    const b = wanted.find((n) => n.start > a.end && /^\s+and\s+$/.test(text.slice(a.end, n.start)));
    if (!b || !(actsIn(text, a, hits) || bound.has(a.start))) return [];
    return [
      { text: text.slice(a.start, b.end), start: a.start, end: b.end, weight: 1.1 * Math.max(weight(a), weight(b)) },
    ];
  });
  return [...wanted.map((n) => ({ ...n, weight: weight(n) })), ...together];
}
