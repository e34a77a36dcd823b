import type { Alias, Entity } from '../factbase/schema';

/** One reference to an entity in a text. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The text's own words ("Singles’ Day", "Aliyun"). */
  text: string;
}

/** Finds entity mentions in plain text; build it once with `compileMatcher`. */
export interface Matcher {
  /** Mentions in `text`; a context alias ("Evans") counts where the text, or `named`, has the full name. */
  findMentions(text: string, named?: ReadonlySet<string>): Mention[];
}

/** The aliases written compactly by the build (`*` any case, `+` needs the full name nearby). */
export function aliasesOf(names: readonly string[]): Alias[] {
  return names.map((name) => {
    const flags = /^[*+]*/.exec(name)?.[0] ?? '';
    return { text: name.slice(flags.length), caseSensitive: !flags.includes('*'), needsContext: flags.includes('+') };
  });
}

const APOSTROPHES = /['’ʼ]/g;
const APOSTROPHE = /['’ʼ]/;
const HAN = /\p{Script=Han}/u;
/** Letters, digits, and what joins a name to a URL or handle ("www.alibaba.com", "@Alipay", "/Alibaba/"). */
const LEFT_EDGE = '(?<![\\p{L}\\p{N}_/.@#])';
/** A Latin alias must not run on into a word, a domain or a path. */
const RIGHT_EDGE = '(?![\\p{L}\\p{N}_/@]|\\.[\\p{L}\\p{N}])';

/** A lookup key that ignores apostrophes and spacing, and case when the alias does. */
function keyOf(text: string, caseSensitive: boolean): string {
  const key = text.replace(APOSTROPHES, '').replace(/\s+/g, ' ');
  return caseSensitive ? key : key.toLowerCase();
}

function escapeChar(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/** The regex source for one alias: apostrophes optional and any kind, spaces any width, case as asked. */
function aliasSource(text: string, caseSensitive: boolean): string {
  let source = '';
  for (const char of text) {
    if (APOSTROPHE.test(char)) source += "['’ʼ]?";
    else if (/\s/.test(char)) source += '\\s+';
    else if (!caseSensitive && char.toLowerCase() !== char.toUpperCase())
      source += `[${char.toLowerCase()}${char.toUpperCase()}]`;
    else source += escapeChar(char);
  }
  return HAN.test(text) ? source : `${LEFT_EDGE}${source}${RIGHT_EDGE}`;
}

/**
 * Compiles every alias of every entity into one regular expression. Longer aliases come first in
 * the alternation, so at any position the longest name wins ("Alibaba Cloud" over "Alibaba"), and a
 * global scan never yields overlapping mentions.
 */
export function compileMatcher(entities: readonly Pick<Entity, 'id' | 'aliases'>[]): Matcher {
  const exact = new Map<string, { entityId: string; needsContext: boolean }>();
  const folded = new Map<string, { entityId: string; needsContext: boolean }>();
  const sources: { source: string; length: number }[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const target = { entityId: entity.id, needsContext: alias.needsContext };
      (alias.caseSensitive ? exact : folded).set(keyOf(alias.text, alias.caseSensitive), target);
      sources.push({ source: aliasSource(alias.text, alias.caseSensitive), length: alias.text.length });
    }
  }
  sources.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sources.map((s) => s.source).join('|'), 'gu');
  const resolve = (text: string) => exact.get(keyOf(text, true)) ?? folded.get(keyOf(text, false));

  return {
    findMentions(text, alsoNamed) {
      const mentions: (Mention & { needsContext: boolean })[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const target = resolve(m[0]);
        if (target) mentions.push({ ...target, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      // A context alias ("Evans") counts only where a full name of the same entity appears too.
      const named = new Set(mentions.filter((m) => !m.needsContext).map((m) => m.entityId));
      return mentions
        .filter((m) => !m.needsContext || named.has(m.entityId) || (alsoNamed?.has(m.entityId) ?? false))
        .map(({ needsContext: _, ...mention }) => mention);
    },
  };
}
