import { findOtherNames } from '../factbase/analyse-sentence';
import type { Entity, FactBase } from '../factbase/schema';
import { compileMatcher } from '../spot/match-aliases';

/** Ids of names found in the sources rather than the catalog start with this. */
export const ARTICLE_NAME_PREFIX = 'name-';

/**
 * Proper names the sources use that the catalog does not know ("Paul Haswell", "Verifone",
 * "Hangzhou"), as entities of their own, so "Who is Paul Haswell?" finds his sentence and "How many
 * users does PayPal have?" is about PayPal, not about Alipay.
 */
export function findArticleNames(factBase: FactBase): Entity[] {
  // Every catalog name counts as known here, surnames too: "Evans" is Michael Evans, not a stranger.
  const matcher = compileMatcher(
    factBase.entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, needsContext: false })) })),
  );
  const found = new Map<string, string>();
  for (const source of factBase.sources) {
    const commonWords = new Set(source.text.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []);
    for (const passage of factBase.passages) {
      if (passage.sourceId !== source.id || passage.kind === 'dateline') continue;
      for (const sentence of passage.sentences) {
        const known = matcher.findMentions(sentence.text);
        for (const name of findOtherNames(sentence.text, known, commonWords)) {
          // "China’s US" is two names; a possessive ends one.
          for (const text of name.text.split(/['’]s\b\s*/).map((t) => t.trim())) {
            const id = `${ARTICLE_NAME_PREFIX}${text
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '')}`;
            if (id !== ARTICLE_NAME_PREFIX && text.length > 1) found.set(id, text);
          }
        }
      }
    }
  }
  return [...found].map(([id, text]) => ({
    id,
    name: text,
    kind: 'external',
    relation: 'named in the sources; not an Alibaba unit',
    aliases: [{ text, caseSensitive: false, needsContext: false }],
    renames: [],
  }));
}
