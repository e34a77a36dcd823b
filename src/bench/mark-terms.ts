import type Mark from 'mark.js';
import { lexiconOf } from '../build/fact-base-plugin';
import type { Entity } from '../factbase/schema';
import { aliasesOf, spellings } from '../spot/match-aliases';

/** Terms mark.js marks in one call: one case rule for all of them. */
export interface MarkGroup {
  caseSensitive: boolean;
  terms: string[];
}

/**
 * Where a term may end besides white space, for `accuracy: 'exactly'`: without these mark.js would
 * not mark "Alibaba," or "(Alipay)" or "Alibaba’s", which Fact Lens does. mark.js's own list for
 * `complementary` is the model (createAccuracyRegExp in mark.js 8.11).
 */
const LIMITERS = [...'.,;:!?\'’"“”()[]{}<>-–—…'];

/**
 * The options every mark.js call of the benchmark uses, as issue 7 asks (`accuracy: exactly`,
 * `separateWordSearch: false`), plus two choices that make it do Fact Lens's job and no more:
 * `diacritics: false` (Fact Lens does not fold accents, and mark.js's default turns every letter into
 * a character class), and text already inside a mark is left alone, so that a longer name marked
 * first ("Alibaba Cloud") is not marked again by a shorter one ("Alibaba"), as Fact Lens's
 * longest-match rule has it.
 */
export const MARK_OPTIONS: Mark.MarkOptions = {
  accuracy: { value: 'exactly', limiters: LIMITERS },
  separateWordSearch: false,
  diacritics: false,
  exclude: ['mark[data-markjs]'],
};

/**
 * The names the content script looks for, as mark.js terms: the catalog's aliases as the build hands
 * them to the content script (`lexiconOf`, read back by `aliasesOf`), each apostrophe spelled every way
 * Fact Lens accepts ("Singles’ Day", "Singles' Day", "Singles Day"). Longest first, in runs that share a
 * case rule, since mark.js takes one case rule per call and marks its terms in the order given.
 */
export function markGroups(entities: readonly Entity[]): MarkGroup[] {
  const caseOf = new Map<string, boolean>();
  for (const entry of lexiconOf(entities))
    for (const alias of aliasesOf(entry.names))
      for (const term of spellings(alias.text)) caseOf.set(term, (caseOf.get(term) ?? true) && alias.caseSensitive);
  const terms = [...caseOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const groups: MarkGroup[] = [];
  for (const term of terms) {
    const caseSensitive = caseOf.get(term) ?? true;
    const last = groups.at(-1);
    if (last?.caseSensitive === caseSensitive) last.terms.push(term);
    else groups.push({ caseSensitive, terms: [term] });
  }
  return groups;
}
