import { insertAt, type SentenceMention } from './analyse-sentence';
import type { SentenceView } from './sentence-view';
import { FLOW_MEASURE } from './value-words';

/** "Ant’s net profit for the period was", "the group’s total revenue of": a possessive owns the measure after it. */
const OWNED_MEASURE =
  /^\s+(?:[\p{Ll}\d-]+\s+){1,6}?(?:of|was|were|is|are|came\s+to|reached|totalled|totaled|stood\s+at|rose\s+to|fell\s+to|hit)\s+$/u;
const POSSESSIVE_END = /['’]s$/;
/** "Alibaba’s 221.1bn yuan in revenue", "Ant’s roughly US$34 billion IPO": a possessive right on the figure. */
const OWNED_FIGURE =
  /^\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than)\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?$/;

/** "Revenue from the unit", "revenue at its Cloud Intelligence Group": the measure of whom it comes from. */
const MEASURE_FROM = new RegExp(`\\b${FLOW_MEASURE}\\s+(?:from|of|at)\\s+(?:(?:its|their|his|her)\\s+)?$`, 'i');
/** ", which itself rose": a relative clause right after a figure, whose antecedent is that figure's noun. */
const RELATIVE = /,\s*which\s+(?:itself\s+|also\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** The figure just before such a clause: "204.05 billion yuan for the quarter". */
const FIGURE_BEFORE = /(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*(?:\s+[\p{L}\d-]+){0,6}$/u;

/**
 * The name whose possessive governs the measure a value at `position` states, if one does. A value
 * in a relative clause after a figure ("Alibaba’s total revenue of 204 billion yuan, which itself
 * rose 9%") is said of that figure's measure, so of its owner too.
 */
function ownerOf(view: SentenceView, position: number): SentenceMention | undefined {
  const text = view.sentence.text;
  const relative = RELATIVE.exec(text.slice(0, position));
  const figure = relative && FIGURE_BEFORE.exec(text.slice(0, relative.index));
  if (figure) return ownerOf(view, figure.index);
  // "Revenue from the unit rose 22 per cent to…": the measure is said of whom it comes from.
  const source = view.mentions.find(
    (m) => m.end <= position && MEASURE_FROM.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
  if (source) return source;
  return [...view.mentions, ...view.others].find((m) => {
    if (m.end > position) return false;
    const tail = text.slice(m.end, position);
    if (POSSESSIVE_END.test(m.text)) return OWNED_MEASURE.test(tail) || OWNED_FIGURE.test(tail);
    return /^['’]s/.test(tail) && (OWNED_MEASURE.test(tail.slice(2)) || OWNED_FIGURE.test(tail.slice(2)));
  });
}

/**
 * "the $34.5 billion IPO of Ant Group", "the planned $34.5 billion stock market debut of Ant Group":
 * a sum that modifies a noun belongs to whoever the noun is "of".
 */
const OF_OWNER = /^\s+(?:[\p{Ll}-]+\s+|IPO\s+){1,3}of\s+$/u;

/** The catalog name a sum's noun is "of", right after it. */
export function ownerAfter(view: SentenceView, end: number): SentenceMention | undefined {
  const text = view.sentence.text;
  return view.mentions.find((m) => m.start > end && m.start - end < 40 && OF_OWNER.test(text.slice(end, m.start)));
}

/**
 * The name a share is given to right after it: "about 39 per cent for Tencent’s WeChat Pay". A name
 * outside the catalog there means the share is somebody else's. `opens` says the share opens its
 * sentence, as the subject of what follows.
 */
export function holderAfter(view: SentenceView, end: number, opens = false): SentenceMention | 'other' | undefined {
  const text = view.sentence.text;
  const gap = /^\s+for\s+/.exec(text.slice(end));
  if (gap) {
    const holder = [...view.mentions, ...view.others].find((m) => m.start === end + gap[0].length);
    return holder && (holder.entityId ? holder : 'other');
  }
  // "more than half of Tmall merchants": a share of a unit's own people or things is that unit's;
  // and so, opening a sentence, is "about 30 per cent of Taobao's daily active users" (but "The unit
  // accounted for about 9% of Alibaba's total revenue" is the unit's).
  const of = /^\s+of\s+/.exec(text.slice(end));
  const unit = of && view.mentions.find((m) => m.start === end + of[0].length);
  const owned = opens ? /^(?:['’]s)?\s+\p{Ll}/u : /^\s+\p{Ll}/u;
  return unit && owned.test(text.slice(unit.end)) ? unit : undefined;
}

/** "rose 4% to 12.29 billion yuan, while Cainiao…": a name past a contrast is the subject of another clause. */
const CONTRAST = /[,;]\s*(?:while|whereas|but|although)\b|;/;

const nearestTo = (position: number, list: readonly SentenceMention[]) =>
  list.reduce<SentenceMention | undefined>(
    (best, m) => (!best || Math.abs(m.start - position) < Math.abs(best.start - position) ? m : best),
    undefined,
  );

/**
 * Who a value at `position` is about. Inside an insert, its subject; a possessive that owns the
 * measure ("Ant’s net profit … was"); otherwise the nearest subject before it in the same clause
 * level, else the first one after, else an organisation that speaks ("Cainiao said 1.29 billion…"),
 * else the nearest name that is no example. When the name chosen cannot hold the value (a person
 * for a count of money: "Ma controls 50.5 per cent of Ant’s voting rights") or is outside the
 * catalog, nobody is: the value is not pinned on another name of the sentence.
 */
export function chooseEntity(
  view: SentenceView,
  position: number,
  allowed: (m: SentenceMention) => boolean,
): SentenceMention | undefined {
  const inside = insertAt(view.inserts, position);
  if (inside?.subject && allowed(inside.subject)) return inside.subject;
  // ", a 26 per cent increase" after a figure: an insert about no name speaks of the clause around it.
  const insert = inside?.antecedent ? inside : undefined;
  const owner = insert ? undefined : ownerOf(view, position);
  const pool = [...view.mentions, ...view.others]
    .filter((m) => !m.example && (insertAt(view.inserts, m.start) ?? undefined) === insert)
    .sort((a, b) => a.start - b.start);
  const text = view.sentence.text;
  // "Alibaba Group’s online travel platform Fliggy": the owner of a name's description is not the subject.
  const describes = (m: SentenceMention) =>
    pool.some((n) => n.start > m.end && /^['’]s\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(text.slice(m.end, n.start)));
  const subjects = pool.filter((m) => !m.prepositional && !m.modifier && !m.speaker && !describes(m));
  const reachable = (m: SentenceMention) =>
    !CONTRAST.test(text.slice(Math.min(position, m.end), Math.max(position, m.start)));
  const speakers = pool.filter((m) => m.speaker && m.entityId && m.kind !== 'person');
  const chosen =
    owner ??
    subjects.filter((m) => m.end <= position).at(-1) ??
    subjects.find((m) => m.start >= position && reachable(m)) ??
    nearestTo(position, speakers) ??
    nearestTo(
      position,
      pool.filter((m) => !m.speaker && reachable(m)),
    );
  // A name outside the catalog won: the number is about someone we do not track.
  return chosen?.entityId && allowed(chosen) ? chosen : undefined;
}
