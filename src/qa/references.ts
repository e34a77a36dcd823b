import { markRole } from '../factbase/analyse-sentence';

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
export const TOPIC = 0.6;

const PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
const ORG_NOUN = '(?:company|group|firm|giant|conglomerate|business|operator)';
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
      const pointsBack = OPENS_WITH_ORG.test(sentence) || (phrase && !namedBefore(phrase.index));
      const described = pointsBack ? near(organisation, passage) : undefined;
      add(described, DESCRIBED);
      if (DEMONSTRATIVE.test(sentence)) for (const id of previous) add(id, DESCRIBED);
      if (EVENT_PHRASE.test(sentence) && !named.some((n) => kindOf(n.entityId) === 'event')) add(event?.id, DESCRIBED);
      const subject = orgs.find((o) => isSubject(sentence, o, kindOf(o.entityId)));
      // The story's subject stands behind a sentence about no one else; not behind one about another
      // organisation or event ("JD.com, Alibaba’s closest rival, reported…").
      const about = named.find((n) => !isPerson(n) && isSubject(sentence, n, kindOf(n.entityId)));
      if (!about || topics.includes(about.entityId)) for (const id of topics) add(id, TOPIC);

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

/** "executive chairman Eric Jing", "Chen Lihua, a fintech analyst": a name given a person's post. */
function titled(sentence: string, name: NamedEntity): boolean {
  return (
    TITLE_BEFORE.test(sentence.slice(Math.max(0, name.start - 40), name.start)) ||
    TITLE_AFTER.test(sentence.slice(name.end))
  );
}
