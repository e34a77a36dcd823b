import { findNameLists, NAME } from '../factbase/analyse-sentence';
import { isNationality } from './lexicon';
import { remember } from './remember';
import type { Span } from './text-spans';

// Lists a sentence holds, which answer "which markets", "which businesses" and the like.

const LIST_ITEM = "[\\p{L}][\\p{L}’'-]*(?:\\s[\\p{L}][\\p{L}’'-]*){0,3}";
const LOWER_LIST = new RegExp(`${LIST_ITEM}(?:,\\s${LIST_ITEM})+,?\\s(?:and|or)\\s${LIST_ITEM}`, 'gu');

/** Lists of names: "Visa, PayPal or Apple Pay", each name once ("Singapore" twice is one place). */
export function nameListSpans(sentence: string): Span[] {
  // "Lazada Group and Indian online shopping provider…": a nationality before a noun is no name.
  const lists = findNameLists(sentence).filter(
    (l) => !(isNationality(l.items.at(-1)?.split(' ').at(-1) ?? '') && /^\s+\p{Ll}/u.test(sentence.slice(l.end))),
  );
  return lists.flatMap((l) => {
    // "On Monday, the China Banking Regulatory Commission and …": an opening phrase is no item.
    const opening = INTRODUCTION.test(l.items[0] ?? '') ? (l.items[0] ?? '') : '';
    const start = opening ? sentence.indexOf(l.items[1] ?? '', l.start + opening.length) : l.start;
    const all = opening ? l.items.slice(1) : l.items;
    if (all.length < 2 || start < 0) return [];
    const items = [...new Set(all)];
    // "…, Global Digital Commerce, and Digital Media and Entertainment": after the list's own ", and",
    // a further "and" is inside the last name.
    const within = sentence.slice(start, l.end).includes(', and ') ? NAME_GOES_ON.exec(sentence.slice(l.end)) : null;
    const end = l.end + (within?.[0].length ?? 0);
    if (items.length === all.length) return [{ text: sentence.slice(start, end), start, end }];
    return [{ text: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`, start, end: l.end }];
  });
}

/** " and Entertainment": more of a name after "and". */
const NAME_GOES_ON = new RegExp(`^\\s+and\\s+${NAME}`, 'u');

const INTRODUCTION = /^(?:On|In|At|By|For|From|Last|This|Since|After|Before|During|Outside|Inside)\s/;

/** Lists: of names ("Visa, PayPal or Apple Pay") and of things ("e-commerce, marketing, logistics and payments"). */
export function listSpans(sentence: string): Span[] {
  // Lists do not depend on the question.
  return remember(LISTS, sentence, () => findListSpans(sentence));
}

const LISTS = new Map<string, Span[]>();

function findListSpans(sentence: string): Span[] {
  const names = nameListSpans(sentence);
  const lower = [...sentence.matchAll(LOWER_LIST)].map((m) => {
    // The first item starts after the last function word before the first comma.
    const comma = m[0].indexOf(',');
    const head = m[0]
      .slice(0, comma)
      .replace(/^(?:.*\s)?(?:in|of|to|for|on|at|with|as|like|including|and|such|from)\s/u, '');
    const text = head + m[0].slice(comma);
    const start = m.index + m[0].length - text.length;
    return { text, start, end: start + text.length };
  });
  return [...names, ...lower.filter((l) => !names.some((n) => n.start <= l.start && n.end >= l.end))];
}

const PLACE_ITEM = `${NAME}(?:\\s+in\\s+${NAME})?`;
const PLACE_LIST = new RegExp(`${PLACE_ITEM}(?:,\\s+${PLACE_ITEM})*,?\\s+and\\s+${PLACE_ITEM}`, 'gu');

/**
 * Lists of places each set in a larger one: "Liege in Belgium and Kuala Lumpur in Malaysia", "Liege
 * in Belgium, Kuala Lumpur in Malaysia and Dubai". A plain list of names is `nameListSpans`'.
 */
export function placeListSpans(sentence: string): Span[] {
  return [...sentence.matchAll(PLACE_LIST)]
    .filter((m) => /\sin\s/.test(m[0]))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
