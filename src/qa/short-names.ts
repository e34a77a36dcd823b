import type { Entity, FactBase } from '../factbase/schema';
import { compileMatcher, type Mention } from '../spot/match-aliases';
import { ARTICLE_NAME_PREFIX, findArticleNames } from './article-names';
import type { Vocabulary } from './vocabulary';

/**
 * What the sources' one-word names stand for. News writes a name in full once and then shortens it:
 * "Ant Group" then "Ant", "Jack Ma" then "Ma", "Zhang Jianfeng" then "Zhang".
 */
export interface ShortNames {
  /** One-word article names that can only be one longer name, and that name's entity. */
  merged: ReadonlyMap<string, string>;
  /** One-word article names that two or more longer names share ("Zhang"): the last named is meant. */
  ambiguous: ReadonlyMap<string, readonly string[]>;
}

/** The first and last words of an entity's names of two words or more: what it may be shortened to. */
function shortFormsOf(e: Entity): Set<string> {
  const forms = new Set<string>();
  for (const a of e.aliases) {
    const words = a.text.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[0], words.at(-1)]) if (w && /^\p{Lu}/u.test(w)) forms.add(w.replace(/['’]s$/, ''));
  }
  return forms;
}

/**
 * Finds which one-word `articleNames` shorten a longer name (catalog or article) that the same source
 * names before the short form first appears. A word the source uses before any longer name that
 * holds it ("Shanghai", then "Shanghai Stock Exchange") is a name of its own.
 */
function findShortNames(factBase: FactBase, catalog: readonly Entity[], articleNames: readonly Entity[]): ShortNames {
  const everyone = [...catalog, ...articleNames];
  const matcher = compileMatcher(
    everyone.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, needsContext: false })) })),
  );
  const forms = new Map<string, Entity[]>();
  for (const e of everyone)
    for (const f of shortFormsOf(e)) forms.set(f.toLowerCase(), [...(forms.get(f.toLowerCase()) ?? []), e]);
  const merged = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  for (const source of factBase.sources) {
    const mentions = matcher.findMentions(source.text);
    const firstAt = firstMentions(mentions);
    for (const short of articleNames) {
      if (short.name.includes(' ') || !short.id.startsWith(ARTICLE_NAME_PREFIX)) continue;
      const at = firstAt.get(short.id);
      if (at === undefined) continue;
      const longer = (forms.get(short.name.toLowerCase()) ?? []).filter(
        (e) => e.id !== short.id && (firstAt.get(e.id) ?? Number.POSITIVE_INFINITY) < at,
      );
      const ids = [...new Set(longer.map((e) => e.id))];
      if (ids.length === 1 && ids[0]) merged.set(short.id, ids[0]);
      else if (ids.length > 1) ambiguous.set(short.id, ids);
    }
  }
  return { merged, ambiguous };
}

function firstMentions(mentions: readonly Mention[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of mentions) if (!first.has(m.entityId)) first.set(m.entityId, m.start);
  return first;
}

/**
 * The catalog with each merged short form added as an alias of its entity, and the article names
 * without the merged ones: "ant ipo valuation" then asks about Ant Group. A short form that is also
 * an ordinary word of the sources keeps its case ("Ant", not "ant").
 */
function withShortNames(
  catalog: readonly Entity[],
  articleNames: readonly Entity[],
  short: ShortNames,
): { entities: Entity[]; articleNames: Entity[] } {
  const byId = new Map([...catalog, ...articleNames].map((e) => [e.id, e]));
  for (const [shortId, longId] of short.merged) {
    const [shortName, long] = [byId.get(shortId), byId.get(longId)];
    if (!shortName || !long) continue;
    const alias = { text: shortName.name, caseSensitive: true, needsContext: false };
    byId.set(longId, { ...long, aliases: [...long.aliases, alias] });
  }
  const latest = (e: Entity) => byId.get(e.id) ?? e;
  return {
    entities: catalog.map(latest),
    articleNames: articleNames.filter((a) => !short.merged.has(a.id)).map(latest),
  };
}

/**
 * Article names of two words or more also answer to their first or last word when that word names
 * nothing else and is no ordinary word: "WeChat" for "WeChat Pay", "Aramco" for "Saudi Aramco",
 * "Jing" for "Eric Jing". `ordinary` tells English words ("Prime", "Monday") from names.
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
    const more = extra.get(e.id) ?? [];
    return more.length === 0
      ? e
      : { ...e, aliases: [...e.aliases, ...more.map((text) => ({ text, caseSensitive: true, needsContext: false }))] };
  });
}

/**
 * Everyone the sources name, as the engine reads them: the catalog with the short forms the sources
 * give its entities ("Ant"), the names outside it with theirs ("WeChat"), and the short names that
 * stand for whichever of several people was named last ("Zhang").
 */
export function namesOfSources(
  factBase: FactBase,
  vocabulary: Vocabulary,
  commonWords: ReadonlySet<string>,
): { entities: Entity[]; articleNames: Entity[]; ambiguous: ShortNames['ambiguous'] } {
  const found = findArticleNames(factBase, commonWords);
  const short = findShortNames(factBase, factBase.entities, found);
  const { entities, articleNames } = withShortNames(factBase.entities, found, short);
  const ordinary = (w: string) => vocabulary.lowercase.has(w.toLowerCase()) || commonWords.has(w.toLowerCase());
  return { entities, articleNames: withPartNames(entities, articleNames, ordinary), ambiguous: short.ambiguous };
}
