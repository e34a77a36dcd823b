import { compileMatcher, type Mention } from '../spot/match-aliases';
import { NOT_A_NAME } from './analyse-sentence';
import type { Entity } from './schema';

// Short forms of names that a news story uses once it has given the full name: "Ant" after "Ant
// Group", "Ma" after "Jack Ma". They are ordinary words on their own (issue 2), so they live here,
// in the fact-base builder, and never in the content script's list of names.

/** Trailing words that say what kind of company a name is, not which one ("Ant Financial Services Group"). */
const DESIGNATOR =
  /\s+(?:Group|Holdings?|Limited|Ltd|Inc|Corp|Corporation|Co|Company|Services|Financial|Network|Retail|Technology|Technologies|International|Communications|Entertainment)\.?$/;
const key = (text: string) => text.replace(/['’ʼ]/g, '').toLowerCase();

/**
 * The short forms the catalog's names allow, each with the one entity it stands for: a company's
 * name without its designators, a person's surname (the last word of a two-word or longer name).
 * A form that is already somebody's alias, or that two entities would share, stands for no one.
 */
export function shortFormsOf(
  entities: readonly Pick<Entity, 'id' | 'name' | 'kind' | 'aliases'>[],
): Map<string, string> {
  const aliases = new Set(entities.flatMap((e) => e.aliases.map((a) => key(a.text))));
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    const forms: string[] = [];
    if (entity.kind === 'person') {
      const words = entity.name.split(/\s+/);
      if (words.length > 1) forms.push(words.at(-1) ?? '');
    } else {
      for (const alias of entity.aliases) {
        for (let text = alias.text; DESIGNATOR.test(text); ) {
          text = text.replace(DESIGNATOR, '');
          forms.push(text);
        }
      }
    }
    for (const form of forms) {
      if (form.length < 2 || !/^\p{Lu}/u.test(form) || aliases.has(key(form))) continue;
      owners.set(form, (owners.get(form) ?? new Set()).add(entity.id));
    }
  }
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([form, ids]) => [form, [...ids][0] ?? '']));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A capitalised word of a name ("Jianfeng", "Pony"), not an acronym ("IPO") or a word that opens a sentence ("The"). */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u;

/** Whether the form at `start`..`end` is part of a longer name: "Zhang Jianfeng", "Pony Ma". */
function inLongerName(text: string, start: number, end: number): boolean {
  const next = /^[ \t]+(\S+)/.exec(text.slice(end))?.[1] ?? '';
  const previous = /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const isName = (word: string) => NAME_WORD.test(word) && !NOT_A_NAME.has(word);
  return isName(next.replace(/[,.;:’'”)]+$/, '').replace(/['’]s$/, '')) || isName(previous);
}

/**
 * Mentions of short forms in an article (`mentions` are its catalog mentions). Each stands for the
 * entity whose full name it last appeared in before: "Ma" after "Jack Ma" is Jack Ma, but after
 * "Pony Ma" it is nobody we know; and never before the full name, never inside a longer name.
 */
export function findShortForms(
  text: string,
  mentions: readonly Mention[],
  forms: ReadonlyMap<string, string>,
): Mention[] {
  // Only forms whose entity the article names in full can stand for anyone.
  const owners = new Set(mentions.map((m) => m.entityId));
  const wanted = [...forms].filter(([, id]) => owners.has(id)).map(([form]) => form);
  if (wanted.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_.@/#-])(?:${wanted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_@/-]|\\.\\p{L})`,
    'gu',
  );
  // Where each form was last seen inside a full name, and whose.
  const anchors: { at: number; form: string; entityId: string | undefined }[] = [];
  for (const m of mentions) {
    for (const form of wanted) {
      if (new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'u').test(m.text))
        anchors.push({ at: m.start, form, entityId: forms.get(form) === m.entityId ? m.entityId : undefined });
    }
  }
  const found: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => start < x.end && end > x.start)) continue;
    if (inLongerName(text, start, end)) {
      anchors.push({ at: start, form: m[0], entityId: undefined });
      continue;
    }
    found.push({ entityId: '', start, end, text: m[0] });
  }
  anchors.sort((a, b) => a.at - b.at);
  // One pass in reading order: each form's latest full name so far.
  const latest = new Map<string, string | undefined>();
  const resolved: Mention[] = [];
  let next = 0;
  for (const mention of found) {
    for (; next < anchors.length && (anchors[next]?.at ?? 0) < mention.start; next++) {
      const anchor = anchors[next];
      if (anchor) latest.set(anchor.form, anchor.entityId);
    }
    const entityId = latest.get(mention.text);
    if (entityId) resolved.push({ ...mention, entityId });
  }
  return resolved;
}

// The answer engine reads the same shortening among the names an article uses outside the catalog:
// "Zhang" after "Daniel Zhang", "WeChat" for "WeChat Pay", "Ant" after "Ant Group".

/** The first and last capitalised words of an entity's names of two words or more: what it may be shortened to. */
function edgeWordsOf(e: Pick<Entity, 'aliases'>): Set<string> {
  const forms = new Set<string>();
  for (const a of e.aliases) {
    const words = a.text.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[0], words.at(-1)]) if (w && /^\p{Lu}/u.test(w)) forms.add(w.replace(/['’]s$/, ''));
  }
  return forms;
}

/** What one-word article names stand for, and the names with their short forms added as aliases. */
export interface ShortNames {
  /** The catalog, each entity with the one-word names that can only be it added as aliases ("Ant"). */
  entities: Entity[];
  /** The other names, without those merged into the catalog, with their own one-word forms ("WeChat"). */
  articleNames: Entity[];
  /** One-word article names that two or more longer names share ("Zhang"): the last named is meant. */
  ambiguous: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads which one-word `articleNames` (names the sources use outside the catalog) shorten a longer
 * name that the same source gives before the short form first appears, as `findShortForms` does for
 * the catalog's own forms: a word used before any longer name that holds it ("Shanghai", then
 * "Shanghai Stock Exchange") is a name of its own. `ordinary` tells English words from names.
 */
export function shortNamesOf(
  texts: readonly string[],
  catalog: readonly Entity[],
  articleNames: readonly Entity[],
  ordinary: (word: string) => boolean,
): ShortNames {
  const everyone = [...catalog, ...articleNames];
  const matcher = compileMatcher(
    everyone.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, needsContext: false })) })),
  );
  const forms = new Map<string, Entity[]>();
  for (const e of everyone)
    for (const f of edgeWordsOf(e)) forms.set(f.toLowerCase(), [...(forms.get(f.toLowerCase()) ?? []), e]);
  const merged = new Map<string, string>([...ownerless(catalog, articleNames), ...undesignated(catalog, articleNames)]);
  const ambiguous = new Map<string, string[]>();
  for (const text of texts) {
    const firstAt = new Map<string, number>();
    for (const m of matcher.findMentions(text)) if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, m.start);
    for (const short of articleNames) {
      const at = firstAt.get(short.id);
      if (short.name.includes(' ') || at === undefined) continue;
      const longer = (forms.get(short.name.toLowerCase()) ?? []).filter(
        (e) => e.id !== short.id && (firstAt.get(e.id) ?? Number.POSITIVE_INFINITY) < at,
      );
      const ids = [...new Set(longer.map((e) => e.id))];
      if (ids.length === 1 && ids[0]) merged.set(short.id, ids[0]);
      else if (ids.length > 1) ambiguous.set(short.id, ids);
    }
  }
  // A merged short form that is also an ordinary word of the sources keeps its case ("Ant", not "ant").
  const byId = new Map(everyone.map((e) => [e.id, e]));
  for (const [shortId, longId] of merged) {
    const [shortName, long] = [byId.get(shortId), byId.get(longId)];
    if (shortName && long)
      byId.set(longId, {
        ...long,
        aliases: [...long.aliases, { text: shortName.name, caseSensitive: true, needsContext: false }],
      });
  }
  const latest = (e: Entity) => byId.get(e.id) ?? e;
  const entities = catalog.map(latest);
  const others = articleNames.filter((a) => !merged.has(a.id)).map(latest);
  return { entities, articleNames: withPartNames(entities, others, ordinary), ambiguous };
}

/**
 * Article names that are a catalog name without the owner's name it opens with: "Cloud Intelligence"
 * for "Alibaba Cloud Intelligence", as a story about Alibaba writes it. Each, with the entity it is.
 */
function ownerless(catalog: readonly Entity[], articleNames: readonly Entity[]): [string, string][] {
  const owners = new Set(catalog.flatMap((e) => e.aliases.map((a) => a.text)).filter((t) => !t.includes(' ')));
  const rests = new Map<string, string>();
  for (const e of catalog)
    for (const a of e.aliases) {
      const [first, ...rest] = a.text.split(/\s+/);
      if (first && owners.has(first) && rest.length >= 2) rests.set(rest.join(' ').toLowerCase(), e.id);
    }
  return articleNames.flatMap((n) => {
    const id = rests.get(n.name.toLowerCase());
    return id ? [[n.id, id] as [string, string]] : [];
  });
}

/**
 * Article names of two words or more that are a company's catalog name without its designators:
 * "Sun Art" for "Sun Art Retail Group". Each, with the entity it is. (A one-word form such as "Ant"
 * is a name of its own when the story uses it first: `shortNamesOf` reads those in order.)
 */
function undesignated(catalog: readonly Entity[], articleNames: readonly Entity[]): [string, string][] {
  const forms = shortFormsOf(catalog.filter((e) => e.kind !== 'person'));
  return articleNames.flatMap((n) => {
    const id = n.name.includes(' ') ? forms.get(n.name) : undefined;
    return id ? [[n.id, id] as [string, string]] : [];
  });
}

/**
 * Article names of two words or more also answer to their first or last word when that word names
 * nothing else and is no ordinary word: "WeChat" for "WeChat Pay", "Aramco" for "Saudi Aramco",
 * "Jing" for "Eric Jing".
 */
function withPartNames(
  entities: readonly Entity[],
  articleNames: readonly Entity[],
  ordinary: (word: string) => boolean,
): Entity[] {
  const taken = new Set(entities.concat(articleNames).flatMap((e) => e.aliases.map((a) => a.text.toLowerCase())));
  const owners = new Map<string, Set<string>>();
  for (const e of articleNames) {
    const words = e.name.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of new Set([words[0], words.at(-1)])) {
      if (!w || !/^\p{Lu}[\p{L}]+$/u.test(w) || ordinary(w) || taken.has(w.toLowerCase())) continue;
      owners.set(w, (owners.get(w) ?? new Set()).add(e.id));
    }
  }
  const extra = new Map<string, string[]>();
  for (const [word, ids] of owners) {
    const [id] = [...ids];
    if (ids.size === 1 && id) extra.set(id, [...(extra.get(id) ?? []), word]);
  }
  return articleNames.map((e) => {
    const more = (extra.get(e.id) ?? []).map((text) => ({ text, caseSensitive: true, needsContext: false }));
    return more.length === 0 ? e : { ...e, aliases: [...e.aliases, ...more] };
  });
}
