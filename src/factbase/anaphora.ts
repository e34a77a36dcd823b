import type { Mention } from '../spot/match-aliases';
import { type Insert, insertAt, markRole, type SentenceMention } from './analyse-sentence';
import { type EntityKind, ORGANISATION_KINDS } from './schema';
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
  /** The catalog organisation named last in the story so far, for "the company" after a speaker. */
  lastOrganisation?: SentenceMention;
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

const THING: readonly EntityKind[] = [...ORGANISATION_KINDS, 'event'];
/** Nouns a news story describes an organisation by, once named: "the company", "the fintech giant". */
const ORG_NOUN =
  '(?:company|firm|group|conglomerate|giant|retailer|business|operator|chain|platform|marketplace|app|startup|start-up|lender|insurer)';
/** "the company", "the Chinese e-commerce giant", "the fintech giant", "the group". */
const DESCRIPTION = new RegExp(`\\b[Tt]he (?:(?:\\p{Lu}\\p{Ll}+|[\\p{Ll}-]+)\\s+){0,2}${ORG_NOUN}\\b`, 'gu');
const EVENT = /\b[Tt]he (?:[\p{Ll}-]+\s+){0,2}(?:event|festival)\b/gu;
/** A sentence that opens on a pronoun: "It handled…", "Its CreditTech arm…", "That is up 26 per cent…". */
const OPENING_PRONOUN = /^[\s“"‘']*(It|Its|(?:That|This)(?=\s+(?:is|was)\s+(?:up|down)\b))\b/u;
const INNER_IT = /\s\bit\b/g;
/** "It is expected that …", "It was unclear whether …": an "it" that stands for nothing. */
const DUMMY_IT =
  /^[\s“"‘']*It\s+(?:is|was|has\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains|remained)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|to|whether|if|how|why|when)\b/u;
/** Words every reference has one of: most sentences have none and are passed over at once. */
const MAY_REFER = new RegExp(`\\b(?:it|its|that|this|${ORG_NOUN})\\b`, 'i');

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
    // "Wan, who took over in 2019, said… The company operates…": a speaker outside the catalog is a
    // voice, not the company; the organisation named before stands.
    const voice = prior && !prior.entityId && prior.speaker;
    const earlier = previous?.organisations.at(-1) ?? (voice ? previous?.lastOrganisation : undefined);
    const target = !opens ? own : ((voice ? undefined : prior) ?? earlier);
    if (target?.entityId && ORGANISATION_KINDS.includes(target.kind)) found.push(resolved(m, target));
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

// The answer engine reads every sentence of a story in order with a tracker that is more generous:
// a reference only weighs a sentence towards an entity there, it pins no figure on it.

/** A name in a sentence, offsets within the sentence. */
export interface NamedEntity {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

/**
 * An entity a sentence refers to without naming it, and how surely: a pronoun or a shared surname
 * as surely as a name (1), a description such as "the company" less (`DESCRIBED`), and the story's
 * own subject, which every sentence of it is about, least (`TOPIC`).
 */
export interface Reference {
  id: string;
  weight: number;
}

/** Follows a source's sentences in order and says whom each refers to without naming them. */
export interface ReferenceTracker {
  /** Entities `sentence` refers to by pronoun, "the company" or a shared surname; call in reading order. */
  refer(sentence: string, named: readonly NamedEntity[], passage: number): Reference[];
  /** Starts a new source about `topics` (the catalog entities its title names): nothing said before carries over. */
  reset(topics: readonly string[]): void;
}

/** How much a description ("the company", "It") counts against a name. */
export const DESCRIBED = 0.8;
/** How much being in a story about the entity counts against naming it. */
const TOPIC = 0.6;

const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/**
 * A sentence that opens by pointing back at an organisation or its deal: "It is headquartered…",
 * "The company planned…", "The deal could eventually raise…".
 */
const OPENS_WITH_ORG = new RegExp(
  `^[\\s“"‘']*(?:it|its|they|their|the\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ORG_NOUN}|deal|listing|offering|flotation|float|ipo))\\b`,
  'iu',
);
/** "…giving the company a market value of…": the organisation last named, if the sentence names none first. */
const ORG_PHRASE = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}${ORG_NOUN}\\b`, 'iu');
/** "That is up 26 per cent…": the figure of the sentence before, and so its entities. */
const DEMONSTRATIVE = /^[\s“"‘']*(?:that|this|these|those)\s+(?:is|was|are|were|has|had|marks|marked|represents)\b/i;
/** "…who launched the event on Taobao Mall": the event last named. */
const EVENT_PHRASE = /\bthe\s+(?:[\p{L}-]+\s+)?(?:event|festival|gala|promotion|shopping\s+spree)\b/iu;
/** How many passages a pronoun reaches back. */
const REACH = 2;

interface Seen {
  id: string;
  passage: number;
}

/**
 * Builds a tracker. `kinds` are the entities' kinds (catalog kinds, "external" for article names);
 * `ambiguous` are short names several people share ("Zhang"), which mean the one last named.
 */
export function createReferenceTracker(
  kinds: ReadonlyMap<string, string>,
  ambiguous: ReadonlyMap<string, readonly string[]>,
): ReferenceTracker {
  let person: Seen | undefined;
  let organisation: Seen | undefined;
  let event: Seen | undefined;
  let previous: string[] = [];
  let topics: readonly string[] = [];
  let order = 0;
  const lastSeen = new Map<string, number>();
  const kindOf = (id: string) => kinds.get(id) ?? 'external';
  const near = (seen: Seen | undefined, passage: number) =>
    seen && passage - seen.passage <= REACH ? seen.id : undefined;
  /** "Zhang" after "Daniel Zhang": of the names a short name shares, the one named last. */
  const latest = (options: readonly string[]) =>
    options.filter((id) => lastSeen.has(id)).sort((a, b) => (lastSeen.get(b) ?? 0) - (lastSeen.get(a) ?? 0))[0];

  return {
    reset(about) {
      person = organisation = event = undefined;
      previous = [];
      topics = about;
      lastSeen.clear();
    },
    refer(sentence, named, passage) {
      const found = new Map<string, number>();
      const add = (id: string | undefined, weight: number) => {
        if (id && (found.get(id) ?? 0) < weight) found.set(id, weight);
      };
      for (const n of named) add(latest(ambiguous.get(n.entityId) ?? []), 1);
      // A name outside the catalog is a person when the sentence gives it a post ("chairman Eric Jing").
      const isPerson = (n: NamedEntity) =>
        kindOf(n.entityId) === 'person' || (kindOf(n.entityId) === 'external' && titled(sentence, n));
      const people = named.filter(isPerson);
      const orgs = named.filter((n) => !isPerson(n) && kindOf(n.entityId) !== 'event');
      if (people.length === 0 && PERSON_PRONOUN.test(sentence)) add(near(person, passage), 1);
      const phrase = ORG_PHRASE.exec(sentence);
      const namedBefore = (at: number) => orgs.some((o) => o.start < at);
      const pointsBack =
        (OPENS_WITH_ORG.test(sentence) && !DUMMY_IT.test(sentence)) || (phrase && !namedBefore(phrase.index));
      const described = pointsBack ? near(organisation, passage) : undefined;
      add(described, DESCRIBED);
      if (DEMONSTRATIVE.test(sentence)) for (const id of previous) add(id, DESCRIBED);
      if (EVENT_PHRASE.test(sentence) && !named.some((n) => kindOf(n.entityId) === 'event')) add(event?.id, DESCRIBED);
      const subject = orgs.find((o) => isSubject(sentence, o, kindOf(o.entityId)));
      // The story's subject stands behind a sentence about no one else; not behind one about another
      // organisation or event ("JD.com, Alibaba’s closest rival, reported…").
      const about = named.find((n) => !isPerson(n) && isSubject(sentence, n, kindOf(n.entityId)));
      // A story about two units (Lazada and Daraz) has each sentence about one of them: one that
      // names the one does not stand for the other too.
      const rival = (id: string) => orgs.some((o) => o.entityId !== id && kindOf(o.entityId) === kindOf(id));
      if (!about || topics.includes(about.entityId)) for (const id of topics) if (!rival(id)) add(id, TOPIC);

      // What this sentence names is what the next one's pronouns point back to.
      order++;
      for (const n of named) lastSeen.set(n.entityId, order);
      for (const [id, weight] of found) if (weight > TOPIC) lastSeen.set(id, order);
      const firstPerson = people[0]?.entityId ?? [...found.keys()].find((id) => kindOf(id) === 'person');
      if (firstPerson) person = { id: firstPerson, passage };
      // A chain of "it"s keeps its organisation in mind.
      const current = subject?.entityId ?? described;
      if (current) organisation = { id: current, passage };
      const namedEvent = named.find((n) => kindOf(n.entityId) === 'event');
      if (namedEvent) event = { id: namedEvent.entityId, passage };
      previous = [...new Set([...named.map((n) => n.entityId), ...found.keys()])];
      return [...found].map(([id, weight]) => ({ id, weight }));
    },
  };
}

/**
 * Whether a name is what the sentence is about, for "it" and "the company" in the next: a catalog
 * organisation not after a preposition, or any name that opens the sentence ("JD.com, Alibaba’s
 * closest rival, reported…"); "in Hong Kong", "New York-listed" are not.
 */
function isSubject(sentence: string, name: NamedEntity, kind: string): boolean {
  // "In the US, Amazon says…", "For context, JD.com…", "Rival JD Digits raised…": an opening phrase
  // and a word or two, then the name.
  if (kind === 'external')
    return /^[\s“"‘']*(?:[^,;]{1,30},\s*)?(?:[\p{L}’'-]+\s+){0,2}$/u.test(sentence.slice(0, name.start));
  return !markRole(sentence, { ...name, kind: 'business-unit' }).prepositional;
}

const TITLE =
  '(?:analyst|president|chairman|chairwoman|executive|founder|co-founder|chief|director|manager|spokesman|spokeswoman|spokesperson|minister|economist|strategist|ceo|cfo|head|editor|professor|official)';
const TITLE_BEFORE = new RegExp(`\\b${TITLE}\\s+(?:[\\p{Lu}][\\p{L}]*\\s+)?$`, 'iu');
const TITLE_AFTER = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}${TITLE}\\b`, 'iu');

/** "executive chairman Eric Jing", "Chen Lihua, a fintech analyst", "Jiang Fan, who…": a name given a person's post. */
function titled(sentence: string, name: NamedEntity): boolean {
  return (
    TITLE_BEFORE.test(sentence.slice(Math.max(0, name.start - 40), name.start)) ||
    TITLE_AFTER.test(sentence.slice(name.end)) ||
    // "said Jiang Fan, who leads the group": "who" is said of people.
    /^,\s+who\b/.test(sentence.slice(name.end))
  );
}
