import type { SentenceMention } from './analyse-sentence';
import type { Carried } from './anaphora';

// A sentence that names no one still speaks of someone: "Net profit … more than doubled" goes on
// about the company of the paragraph, "across its platforms" and "our pharmacy sales" (in a
// Q&A with the company) about the company the story is about. Only a sentence with no name at all
// gets one this way, so a number is never taken from a name the sentence gives.

/** Measures a results sentence may open with, its owner unsaid: "Net profit rose…", "Annual active consumers reached…". */
const MEASURE_OPENING =
  /^[\s“"‘']*(?:A:\s*)?(?:(?:total|quarterly|annual|adjusted|core)\s+)?(?:(?:net|operating|gross)\s+(?:profit|income|loss|margin)|revenue|revenues|sales|turnover|earnings|EBITA|EBITDA|(?:free\s+)?cash\s+flow|gross\s+merchandise\s+(?:volume|value)|GMV|(?:annual|monthly|daily)\s+active\s+\p{Ll}+|(?:the\s+)?(?:stock|shares))\b/iu;
/** A possessive with no owner named in its sentence: "its platforms", "our pharmacy sales", "the group’s programme". */
const OWNERLESS = /\b(?:its|our|[Tt]he\s+(?:company|group|firm)['’]s)\s+\p{Ll}/u;

/** Where a measure that opens the sentence ends ("Net profit"), so its capital is not taken for a name; 0 when none does. */
export function openingMeasureEnd(text: string): number {
  return MEASURE_OPENING.exec(text)?.[0].length ?? 0;
}

/**
 * The mention that a sentence without names speaks of: the subject of the sentence before in its
 * paragraph, else, for an owner's word ("its", "our"), the story's subject (`story`, the
 * organisation its title names). Placed where the sentence refers to it, or at its start.
 */
export function unnamedSubject(
  text: string,
  previous: Carried | undefined,
  story: Omit<SentenceMention, 'start' | 'end' | 'text'> | undefined,
): SentenceMention | undefined {
  const opening = MEASURE_OPENING.test(text);
  const owner = OWNERLESS.exec(text);
  if (!opening && !owner) return undefined;
  const prior = previous?.samePassage && previous.subject?.entityId ? previous.subject : undefined;
  // A measure with no owner at all ("Sales passed 100 billion yuan") goes on from its paragraph, or
  // from the paragraph before when that one was about the story's subject too (a wire story's
  // one-sentence paragraphs: "Alibaba swung to a loss…" then "Revenue for the quarter rose…").
  const continued = story && previous?.subject?.entityId === story.entityId ? story : undefined;
  const who = owner ? (prior ?? story) : (prior ?? continued);
  if (!who) return undefined;
  const at = opening || !owner ? 0 : owner.index;
  return { ...who, start: at, end: at, text: '', prepositional: false, speaker: false };
}
