import { type Insert, insertAt, type NameList, type SentenceMention } from './analyse-sentence';

/** A relation between a subject entity and another party, found in one sentence. */
export interface FoundRelation {
  subject: SentenceMention;
  attribute: string;
  object: string;
  objectMention?: SentenceMention;
  places?: string[];
  /** A role or kind written before a name ("Alibaba president Michael Evans"), not a verb. */
  role?: boolean;
  /** Offsets within the sentence of the words that state it. */
  start: number;
  end: number;
}

interface RelationRule {
  pattern: RegExp;
  /** The attribute's name; `$1` is replaced by the first group. */
  attribute: string;
}

/** Verb phrases that relate two parties. The object is the noun phrase that follows. */
const RULES: RelationRule[] = [
  { pattern: /\b(run|operated|owned|controlled|backed|managed)\s+by\s+/g, attribute: '$1 by' },
  { pattern: /\b(owns|controls|runs|operates)\s+(?!in\b|by\b|\d)/g, attribute: '$1' },
  { pattern: /\binvest(?:ed|s)\s+(?:[^,]{0,40}?\s)?in\s+(?=\p{Lu})/gu, attribute: 'invested in' },
  // "Lazada, in which Alibaba has invested": the investee came first.
  { pattern: /\binvest(?:ed|s)\b(?![^,]{0,40}?\sin\s+\p{Lu})/gu, attribute: 'invested in' },
  { pattern: /\bmerged\s+(?:[^,]{0,30}?\s)?with\s+/g, attribute: 'merged with' },
  { pattern: /\b(?:rebranded|renamed)\s+(?:as\s+)?(?=\p{Lu})/gu, attribute: 'rebranded as' },
  { pattern: /\bjoined\s+(?=\p{Lu})/gu, attribute: 'joined' },
  { pattern: /\b(?:acquired|bought|purchased|took\s+over)\s+(?=\p{Lu}|the\s+\p{Lu})/gu, attribute: 'acquired' },
  // "took control of Lazada", "bought a controlling stake in Trendyol": control changes hands once.
  {
    pattern: /\b(?:took|taken|takes|gained|acquired)\s+(?:full\s+)?control\s+of\s+(?=\p{Lu}|the\s+\p{Lu})/gu,
    attribute: 'took control of',
  },
  {
    pattern: /\b(?:acquired|bought|purchased|took)\s+(?:a|an)\s+(?:controlling|majority)\s+stake\s+in\s+(?=\p{Lu})/gu,
    attribute: 'took control of',
  },
  // "bought a 33 per cent stake in …", "raised its stake in Lazada": a stake, which may change hands again.
  {
    pattern:
      /\b(?:acquired|bought|purchased|took|raised|increased|lifted)\s+(?:a|an|its|their)\s+(?:[\w.-]+\s+){0,3}?stake\s+in\s+(?=\p{Lu})/gu,
    attribute: 'bought stake in',
  },
  { pattern: /\b(?:co-)?founded\s+(?=\p{Lu})/gu, attribute: 'founded' },
  { pattern: /\b(?:launched|unveiled|introduced)\s+(?=\p{Lu})/gu, attribute: 'launched' },
  {
    pattern: /\b(?:partnered|teamed\s+up|working|works|worked|cooperat\w+|collaborat\w+)\s+with\s+/g,
    attribute: 'works with',
  },
  { pattern: /\b(?:headquartered|based)\s+in\s+(?=\p{Lu})/gu, attribute: 'headquartered in' },
  {
    pattern:
      /\b(?:operates|operated|operating|operate|present|available|active)\s+in\s+(?:(?:markets|countries|regions)\s+(?:including|such\s+as)\s+)?(?=(?:the\s+)?\p{Lu})/gu,
    attribute: 'operates in',
  },
];

/** Where the object's noun phrase ends. */
const NP_END = /,|;|\.(?:\s|$)|\s(?:to|after|before|in|which|that|who|for|and|as|from|since|while|because|when)\s/;
const TRAILING_NAME = /((?:the\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*)*)\s*$/u;

/** The mention a relation at `position` is about: an insert's subject, else the nearest one before. */
function subjectAt(
  mentions: readonly SentenceMention[],
  inserts: readonly Insert[],
  position: number,
): SentenceMention | undefined {
  const insert = insertAt(inserts, position);
  if (insert?.subject) return insert.subject;
  const candidates = mentions.filter((m) => m.end <= position && insertAt(inserts, m.start) === insert);
  return candidates.at(-1);
}

/** Finds relations stated by verb phrases ("run by Ant Financial", "which owns the Post"). */
export function findRelations(
  sentence: string,
  mentions: readonly SentenceMention[],
  inserts: readonly Insert[],
  lists: readonly NameList[],
): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const attribute = rule.attribute.replace('$1', m[1] ?? '');
      const from = m.index + m[0].length;
      const insert = insertAt(inserts, m.index);
      // "Lazada, in which Alibaba has invested": the investee is the insert's antecedent.
      const reversed = insert?.antecedent && insert.subject && insert.subject !== insert.antecedent;
      const subject = reversed ? insert?.subject : subjectAt(mentions, inserts, m.index);
      if (!subject) continue;
      const list = lists.find((l) => l.start === from);
      if (reversed && insert?.antecedent) {
        found.push({
          subject,
          attribute,
          object: insert.antecedent.text,
          objectMention: insert.antecedent,
          start: m.index,
          end: from,
        });
        continue;
      }
      if (list) {
        found.push({
          subject,
          attribute,
          object: list.items.join(', '),
          places: unique(list.items),
          start: m.index,
          end: list.end,
        });
        continue;
      }
      const object = objectAfter(sentence, from, mentions);
      // A relation with itself is none, except a new name: "Ant Financial … was renamed Ant Group".
      const renamed = attribute === 'rebranded as' && object?.text.toLowerCase() !== subject.text.toLowerCase();
      if (!object || (object.mention?.entityId === subject.entityId && !renamed)) continue;
      const after = sentence.slice(object.end);
      const placeList = /^\s+in\s+/.exec(after)
        ? lists.find((l) => l.start === object.end + (/^\s+in\s+/.exec(after)?.[0].length ?? 0))
        : undefined;
      found.push({
        subject,
        attribute,
        object: object.text,
        ...(object.mention && { objectMention: object.mention }),
        ...(placeList && { places: unique(placeList.items) }),
        start: m.index,
        end: placeList?.end ?? object.end,
      });
    }
  }
  return found;
}

/** The noun phrase after a verb: the last entity named in it, else its trailing proper name. */
function objectAfter(sentence: string, from: number, mentions: readonly SentenceMention[]) {
  const rest = sentence.slice(from);
  const npEnd = from + (NP_END.exec(rest)?.index ?? rest.length);
  const inside = mentions.filter((m) => m.start >= from && m.end <= npEnd);
  const mention = inside.at(-1);
  if (mention) return { text: mention.text, mention, end: mention.end };
  const name = TRAILING_NAME.exec(sentence.slice(from, npEnd))?.[1];
  return name ? { text: name, end: npEnd } : undefined;
}

/** "Alibaba president Michael Evans", "Ant’s controlling shareholder Jack Ma": the words between. */
const ROLE =
  /^(?:['’]s)?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s*(?:\]\s*)?(?:\p{Lu}\p{Ll}+\s*)?(?:\[\s*)?$/u;
/** "Daniel Zhang, Alibaba’s chief executive, …": the words after the company. */
const APPOSITIVE_ROLE = /^['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s*(?:,|$)/u;

/** ", who took over as chief executive of", ", president of": a role of the organisation named next. */
const ROLE_OF =
  /^,\s+(?:who\s+(?:became|took\s+over\s+as|was\s+named|was\s+appointed|is|was|serves\s+as|has\s+been)\s+)?(?:the\s+|a\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+of\s+$/u;
/** "… and chief executive of": a second role of the same person. */
const ANOTHER_ROLE_OF =
  /^(?:['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3})?\s*and\s+(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+of\s+$/u;

/** Words that name a role: no function words, and not a verb ("acquired", "owning"). */
function isRole(role: string | undefined): role is string {
  return !!role && !role.split(/\s+/).some((w) => STOPWORDS.has(w)) && !/(?:ed|ing)$/.test(role);
}

/** That `person` holds `role` in `org`, as the words from `start` to `end` say. */
function roleRelation(
  person: SentenceMention,
  role: string,
  org: SentenceMention,
  start: number,
  end: number,
): FoundRelation {
  return { subject: person, attribute: role, object: org.text, objectMention: org, start, end, role: true };
}

/** "Alibaba president Michael Evans", "[Alibaba executive chairman] Jack [Ma Yun]": a role of B in A. */
export function findRoles(sentence: string, mentions: readonly SentenceMention[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (!b || a.kind === 'person' || b.start - a.end > 50) return;
    const role = ROLE.exec(sentence.slice(a.end, b.start))?.[1];
    if (!isRole(role)) return;
    found.push(roleRelation(b, role, a, a.start, b.end));
  });
  // "Daniel Zhang, Alibaba’s chief executive, took over": a role given in an appositive.
  mentions.forEach((person, i) => {
    const org = mentions[i + 1];
    if (person.kind !== 'person' || !org || org.kind === 'person') return;
    if (!/^,\s+$/.test(sentence.slice(person.end, org.start))) return;
    const role = APPOSITIVE_ROLE.exec(sentence.slice(org.end, org.end + 60))?.[1];
    if (!isRole(role)) return;
    found.push(roleRelation(person, role, org, person.start, org.end));
  });
  // "Eddie Wu, who took over as chief executive of Alibaba Group", "Wang Lei, president of Alibaba's
  // local services company and chief executive of Ele.me": a role of an organisation, and another after "and".
  mentions.forEach((person, i) => {
    if (person.kind !== 'person') return;
    let from = person.end;
    let first = true;
    for (const org of mentions.slice(i + 1)) {
      if (org.kind === 'person' || org.start - from > 80) break;
      const between = sentence.slice(from, org.start);
      const role = (first ? ROLE_OF : ANOTHER_ROLE_OF).exec(between)?.[1];
      if (!isRole(role)) break;
      from = org.end;
      first = false;
      // "president of Alibaba's local services company": the role is of what the name owns.
      if (/^['’]s\s/.test(sentence.slice(org.end))) continue;
      found.push(roleRelation(person, role, org, person.start, org.end));
    }
  });
  return found;
}

/** "Hangzhou-based Alibaba": where an entity is headquartered, written before its name. */
export function findBases(sentence: string, mentions: readonly SentenceMention[]): FoundRelation[] {
  return mentions.flatMap((subject) => {
    const m = /(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)-based\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.exec(
      sentence.slice(0, subject.start),
    );
    if (!m || subject.kind === 'person' || subject.kind === 'event') return [];
    return [{ subject, attribute: 'headquartered in', object: m[1] ?? '', start: m.index, end: subject.end }];
  });
}

const STOPWORDS = new Set(
  'and or but with to of in on at by for from as than the a an has have had is are was were will would said says also now since until after before during including like about over under into through against versus while when where who which that its their his her'.split(
    ' ',
  ),
);

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
