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
const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{N}_]/u;
/** Characters that tie a name to a URL, handle, hashtag or identifier ("/Alibaba", "@Alipay", "x.Alibaba"). */
const BEFORE_LINK = new Set(['/', '.', '@', '#']);
const AFTER_LINK = new Set(['/', '@']);

interface Target {
  entityId: string;
  needsContext: boolean;
  caseSensitive: boolean;
  /** The alias's key as written, for case-sensitive aliases. */
  exact: string;
}

/** A lookup key: apostrophes dropped, spacing as one space ("Singles’ Day" and "Singles Day" meet). */
const keyOf = (text: string) => text.replace(APOSTROPHES, '').replace(/\s+/g, ' ');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** How an alias is written in the pattern: each kind of apostrophe, or none; spaces single. */
export function spellings(text: string): string[] {
  const spaced = text.replace(/\s+/g, ' ');
  if (!/['’ʼ]/.test(spaced)) return [spaced];
  return ["'", '’', 'ʼ', ''].map((mark) => spaced.replace(APOSTROPHES, mark));
}

/**
 * The text with every run of white space as one space, and where each of its characters came from:
 * the pattern spells names with single spaces, and a page's text breaks lines inside them.
 */
function collapseSpace(text: string): { text: string; origin(i: number): number } {
  if (!/\s\s/.test(text)) {
    return { text: /[^\S ]/.test(text) ? text.replace(/\s/g, ' ') : text, origin: (i) => i };
  }
  // After each run of spaces: where the collapsed text resumes, and how far behind the original it is.
  const resumes: number[] = [];
  const shifts: number[] = [];
  let removed = 0;
  const collapsed = text.replace(/\s+/g, (run: string, offset: number) => {
    if (run.length > 1) {
      resumes.push(offset - removed + 1);
      removed += run.length - 1;
      shifts.push(removed);
    }
    return ' ';
  });
  return {
    text: collapsed,
    origin(i) {
      let low = 0;
      let high = resumes.length - 1;
      let shift = 0;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if ((resumes[mid] ?? 0) <= i) {
          shift = shifts[mid] ?? 0;
          low = mid + 1;
        } else high = mid - 1;
      }
      return i + shift;
    },
  };
}

/**
 * Compiles every alias of every entity, once, into one regular expression: a case-blind alternation
 * of literal names, longest first, so at any position the longest name wins ("Alibaba Cloud" over
 * "Alibaba") and mentions never overlap. Literals alone keep V8's scan fast (per-alias lookarounds
 * and `\s+` made it 3–4× slower on the 130 real pages); the edges (no name inside a word, a URL or
 * a handle; Han names need none) and each alias's case rule are checked on each hit, and where the
 * longest name fails them, the shorter names it starts with are tried.
 */
export function compileMatcher(entities: readonly Pick<Entity, 'id' | 'aliases'>[]): Matcher {
  const targets = new Map<string, Target[]>();
  const sources = new Set<string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const key = keyOf(alias.text).toLowerCase();
      const target: Target = {
        entityId: entity.id,
        needsContext: alias.needsContext,
        caseSensitive: alias.caseSensitive,
        exact: keyOf(alias.text),
      };
      targets.set(key, [...(targets.get(key) ?? []), target]);
      for (const spelling of spellings(alias.text)) sources.add(escapeRegExp(spelling));
    }
  }
  const pattern = new RegExp([...sources].sort((a, b) => b.length - a.length).join('|') || '(?!)', 'gi');

  /** The entity a name found at `start`..`end` of `text` stands for, if its edges and case allow. */
  function resolve(text: string, start: number, end: number): Target | undefined {
    const written = text.slice(start, end);
    if (!HAN.test(written)) {
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      if (LETTER.test(before) || BEFORE_LINK.has(before)) return undefined;
      if (LETTER.test(after) || AFTER_LINK.has(after) || (after === '.' && LETTER.test(text[end + 1] ?? '')))
        return undefined;
    }
    const key = keyOf(written);
    return targets.get(key.toLowerCase())?.find((t) => !t.caseSensitive || t.exact === key);
  }

  /** The longest name at `start`: the pattern's hit, else the shorter names it begins with. */
  function nameAt(text: string, start: number, hit: string): { target: Target; end: number } | undefined {
    for (let end = start + hit.length; end > start; end--) {
      // Shorter names end where a word does.
      if (end < start + hit.length && LETTER.test(text[end] ?? '') && !HAN.test(text[end - 1] ?? '')) continue;
      const target = resolve(text, start, end);
      if (target) return { target, end };
    }
    return undefined;
  }

  return {
    findMentions(original, alsoNamed) {
      const { text, origin } = collapseSpace(original);
      const mentions: (Mention & { needsContext: boolean })[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const found = nameAt(text, m.index, m[0]);
        if (!found) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        const start = origin(m.index);
        const end = origin(found.end - 1) + 1;
        const { entityId, needsContext } = found.target;
        mentions.push({ entityId, needsContext, start, end, text: original.slice(start, end) });
        pattern.lastIndex = found.end;
      }
      // A context alias ("Evans") counts only where a full name of the same entity appears too.
      const named = new Set(mentions.filter((m) => !m.needsContext).map((m) => m.entityId));
      return mentions
        .filter((m) => !m.needsContext || named.has(m.entityId) || (alsoNamed?.has(m.entityId) ?? false))
        .map(({ needsContext: _, ...mention }) => mention);
    },
  };
}
