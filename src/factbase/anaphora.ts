import type { Mention } from '../spot/match-aliases';
import { type Insert, insertAt, type SentenceMention } from './analyse-sentence';
import type { EntityKind } from './schema';
import type { TimeExpression } from './time-expressions';

// Who "it", "the company" and "the event" stand for. News style carries the subject of one sentence
// into the next ("Alipay had 730 million users. It handled 118 trillion yuan…"); a number pinned on
// the wrong entity is worse than a number missed, so a reference resolves only to the subject of its
// own sentence or of the sentence just before, and never past a subject that is not in the catalog.

/** What a sentence was about, for the sentences after it. */
export interface Carried {
  /** Its subject: a catalog mention, or a name outside the catalog (`entityId` ""), or none. */
  subject: SentenceMention | undefined;
  /** Catalog mentions of organisations in it, last one last. */
  organisations: readonly SentenceMention[];
  /** Whether it is in the same paragraph as the sentence being read. */
  samePassage: boolean;
  /** The accounting period last named so far ("the six months to June"), for "for the period". */
  span?: TimeExpression;
}

const THE_PERIOD = /\b(?:the|that|this)\s+(?:same\s+)?period\b/;

/**
 * "Ant’s net profit for the period was 21.9 billion yuan": the period last named, placed where the
 * sentence says "the period". Only in a sentence that names no accounting period of its own.
 */
export function periodReference(text: string, times: readonly TimeExpression[], previous: Carried | undefined) {
  const span = previous?.span;
  const m = THE_PERIOD.exec(text);
  if (!span || !m || times.some((t) => t.to)) return undefined;
  return { ...span, start: m.index, end: m.index + m[0].length };
}

const ORGANISATION: readonly EntityKind[] = ['parent', 'business-unit', 'affiliate', 'investee', 'former-unit'];
const THING: readonly EntityKind[] = [...ORGANISATION, 'event'];
/** "the company", "the Chinese e-commerce giant", "the fintech giant", "the group". */
const DESCRIPTION =
  /\b[Tt]he (?:(?:\p{Lu}\p{Ll}+|[\p{Ll}-]+)\s+){0,2}(?:company|firm|group|conglomerate|giant|retailer)\b/gu;
const EVENT = /\b[Tt]he (?:[\p{Ll}-]+\s+){0,2}(?:event|festival)\b/gu;
/** A sentence that opens on a pronoun: "It handled…", "Its CreditTech arm…", "That is up 26 per cent…". */
const OPENING_PRONOUN = /^[\s“"‘']*(It|Its|(?:That|This)(?=\s+(?:is|was)\s+(?:up|down)\b))\b/u;
const INNER_IT = /\s\bit\b/g;
/** "It is expected that …", "It was unclear whether …": an "it" that stands for nothing. */
const DUMMY_IT =
  /^[\s“"‘']*It\s+(?:is|was|has\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|to|whether|if|how|why|when)\b/u;
/** Words every reference has one of: most sentences have none and are passed over at once. */
const MAY_REFER = /\b(?:it|its|that|this|company|firm|group|conglomerate|giant|retailer)\b/i;

/** Whether a sentence may hold a reference at all; cheap, for the sentences that hold none. */
export function mayRefer(text: string): boolean {
  return MAY_REFER.test(text);
}
/** How far back (in characters) "the event" may look for what it refers to: about two paragraphs. */
const EVENT_REACH = 600;

type Bare = Omit<SentenceMention, 'prepositional' | 'speaker'>;

/**
 * The subject of a sentence: its first name that is not after a preposition, inside an insert, a
 * modifier or an example; past a possessive to what it owns ("Alibaba’s 2019 Singles’ Day festival").
 */
export function subjectOf(
  text: string,
  mentions: readonly SentenceMention[],
  inserts: readonly Insert[],
): SentenceMention | undefined {
  const candidates = mentions
    .filter((m) => !m.prepositional && !m.modifier && !m.example && !insertAt(inserts, m.start))
    .sort((a, b) => a.start - b.start);
  const [first, second] = candidates;
  if (first && second && /^['’]s\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u.test(text.slice(first.end, second.start))) return second;
  return first;
}

const resolved = (m: RegExpMatchArray, to: SentenceMention): Bare => ({
  entityId: to.entityId,
  kind: to.kind,
  start: m.index ?? 0,
  end: (m.index ?? 0) + m[0].length,
  text: m[0],
});

/**
 * The references of one sentence and whom they stand for. `named` are its catalog mentions and
 * names outside the catalog, with their roles; `previous` is what the sentence before was about.
 */
export function findReferences(
  text: string,
  named: readonly SentenceMention[],
  inserts: readonly Insert[],
  previous: Carried | undefined,
): Bare[] {
  const found: Bare[] = [];
  const prior = previous?.subject;
  const opening = DUMMY_IT.test(text) ? null : OPENING_PRONOUN.exec(text);
  if (opening && previous?.samePassage && prior?.entityId && THING.includes(prior.kind)) {
    const start = opening[0].length - (opening[1] ?? '').length;
    found.push({ ...resolved(opening, prior), start, text: opening[1] ?? '' });
  }
  const descriptions = [...text.matchAll(DESCRIPTION)];
  // "The Chinese e-commerce giant": "Chinese" is part of the description, not a name of its own.
  const names = named.filter(
    (n) => !descriptions.some((d) => n.start >= (d.index ?? 0) && n.end <= (d.index ?? 0) + d[0].length),
  );
  const own = subjectOf(
    text,
    [...names, ...found.map((f) => ({ ...f, prepositional: false, speaker: false }))],
    inserts,
  );
  // "Ant said … that it would also suspend": "it" is the subject of its own sentence.
  for (const m of own?.entityId && THING.includes(own.kind) ? text.matchAll(INNER_IT) : []) {
    const at = (m.index ?? 0) + 1;
    if (own && own.end <= at) found.push({ ...resolved(m, own), start: at, text: 'it' });
  }
  for (const m of descriptions) {
    const at = m.index ?? 0;
    // Inside its own sentence, the subject before it; opening the sentence, the one before's.
    const opens = !own || own.start >= at;
    const target = !opens ? own : (prior ?? (previous ? previous.organisations.at(-1) : undefined));
    if (target?.entityId && ORGANISATION.includes(target.kind)) found.push(resolved(m, target));
  }
  return found;
}

/**
 * "The event" stands for the event last named within about two paragraphs: there is seldom more
 * than one event in a story, so recency is enough.
 */
export function findEventReferences(
  text: string,
  sentenceStart: number,
  mentions: readonly Mention[],
  kindOf: (id: string) => EntityKind,
): Bare[] {
  return [...text.matchAll(EVENT)].flatMap((m) => {
    const at = sentenceStart + (m.index ?? 0);
    const target = mentions
      .filter((x) => x.end <= at && x.end >= at - EVENT_REACH && kindOf(x.entityId) === 'event')
      .at(-1);
    if (!target) return [];
    return [
      {
        entityId: target.entityId,
        kind: 'event' as const,
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        text: m[0],
      },
    ];
  });
}
