import type { Mention } from '../spot/match-aliases';
import { type Entity, type EntityKind, UNIT_KINDS } from './schema';
import { FLOW_MEASURE } from './value-words';

// "The cloud business reported revenue of …", "the logistics arm", "the unit": a story names a
// business of the group by what it does once it has named it. Such a phrase stands for the one
// unit the story has named whose name or catalog description has that word ("cloud" in Alibaba
// Cloud, "logistics" in Cainiao's "Alibaba's logistics arm"); a bare "the unit" for the one unit
// named in the last paragraph or so. A described unit the story never named is the one unit of the
// whole catalog with that word. Anything less certain stands for no one.

/** Nouns for a part of a group; "the group" and "the company" are the parent's (`anaphora.ts`). */
export const UNIT_NOUN = 'business|unit|arm|division|subsidiary|affiliate';
const DESCRIBED = new RegExp(
  `(?:\\b[Tt]he\\s+(?:(?:group|company)['’]s\\s+)?|(?<=\\p{L}['’]s\\s))((?:[\\p{Ll}-]+\\s+){0,2})(?:${UNIT_NOUN})\\b(?!\\s+(?:of|in)\\b)`,
  'gu',
);
/** How far back a bare "the unit" looks for the unit it means: about a paragraph. */
const REACH = 400;
/** Words of a description that say nothing of what a unit does. */
const VAGUE = new Set(['new', 'other', 'same', 'main', 'core', 'whole', 'own', 'largest', 'biggest', 'former']);

/** The words each unit of the catalog may be described by: its names', and its catalog description's before "arm" or "subsidiary". */
export function unitWordsOf(entities: readonly Entity[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const e of entities) {
    if (!UNIT_KINDS.includes(e.kind)) continue;
    const names = [e.name, ...e.aliases.map((a) => a.text)].join(' ').toLowerCase();
    const described = [
      ...e.relation.matchAll(/(\p{Ll}+)\s+(?:\p{Ll}+\s+)?(?:arm|subsidiary|unit|business|affiliate)\b/gu),
    ];
    const words = [...(names.match(/\p{L}+/gu) ?? []), ...described.map((m) => m[1] ?? '')];
    found.set(e.id, new Set(words.filter((w) => w.length > 3 && w !== 'alibaba' && w !== 'group')));
  }
  return found;
}

/**
 * The unit descriptions of a sentence ("the cloud business", "the unit") and the catalog unit each
 * stands for ("" when none for sure), with offsets in the sentence; `mentions` are the article's.
 */
export function findUnitReferences(
  text: string,
  sentenceStart: number,
  mentions: readonly Mention[],
  kindOf: (id: string) => EntityKind,
  unitWords: ReadonlyMap<string, ReadonlySet<string>>,
): { entityId: string; kind: EntityKind; start: number; end: number; text: string }[] {
  return [...text.matchAll(DESCRIBED)].flatMap((m) => {
    const at = sentenceStart + m.index;
    const before = mentions.filter((x) => x.end <= at && UNIT_KINDS.includes(kindOf(x.entityId)));
    const words = (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w && !VAGUE.has(w));
    const describes = (id: string) => words.some((w) => unitWords.get(id)?.has(w));
    const named = new Set(
      words.length > 0
        ? before.filter((x) => describes(x.entityId)).map((x) => x.entityId)
        : before.filter((x) => x.end >= at - REACH).map((x) => x.entityId),
    );
    // A story may never name the unit it describes ("the cloud business" in a story of the group's
    // split); and "local services business" is the unit both words describe, over those only one
    // does. Among the best fits, the units the story has named.
    const fitted = (id: string) => words.filter((w) => unitWords.get(id)?.has(w)).length;
    const pool = words.length > 0 ? new Set([...named, ...[...unitWords.keys()].filter(describes)]) : named;
    const most = Math.max(0, ...[...pool].map(fitted));
    const best = [...pool].filter((id) => fitted(id) === most);
    const ids = new Set(best.some((id) => named.has(id)) ? best.filter((id) => named.has(id)) : best);
    // One unit it stands for, or none we know ("" — somebody, so the number is not pinned on another name).
    const [entityId = ''] = ids.size === 1 ? ids : [];
    // "Ant’s lending business" we cannot name is Ant's still: only a unit we know replaces its owner.
    if (!entityId && !/^the\b/i.test(m[0])) return [];
    const kind = entityId ? kindOf(entityId) : 'business-unit';
    return [{ entityId, kind, start: m.index, end: m.index + m[0].length, text: m[0] }];
  });
}

/** Words of unit names that say nothing of what a unit does, or that English uses for anything. */
const GENERIC_NAME_WORDS = new Set([
  'company',
  'group',
  'china',
  'south',
  'morning',
  'post',
  'head',
  'listed',
  'global',
  'smart',
  'network',
]);
/** A measure opening a sentence with up to three words before or after it: "Cloud computing revenue", "Revenue from local services". */
const SEGMENT_MEASURE = new RegExp(
  `^[\\s“"‘']*(?:((?:[\\p{L}-]+\\s+){1,3})${FLOW_MEASURE}\\b|${FLOW_MEASURE}\\s+(?:from|of|at)\\s+((?:[\\p{L}-]+\\s*){1,3}))`,
  'iu',
);

/** The words of units' canonical names that name one unit only (`segmentUnit`), and the unit each names. */
export function segmentNamesOf(entities: readonly Entity[]): Map<string, string> {
  const units = new Map<string, Set<string>>();
  for (const e of entities) {
    if (!UNIT_KINDS.includes(e.kind)) continue;
    // Its canonical name only: a legal name's words ("Information Technology") describe anything.
    const words = e.name.toLowerCase().match(/\p{L}+/gu) ?? [];
    for (const w of words)
      if (w.length > 3 && !GENERIC_NAME_WORDS.has(w)) units.set(w, (units.get(w) ?? new Set()).add(e.id));
  }
  return new Map([...units].flatMap(([w, ids]) => (ids.size === 1 ? [[w, [...ids][0] ?? '']] : [])));
}

/**
 * The unit a results sentence names by what it does, before its measure: "Cloud computing revenue
 * rose 4%" is Alibaba Cloud's, "Logistics revenue" Cainiao's. Only a word of one unit's own names
 * (`segmentNamesOf`) counts, so a word of a description ("technology") pins nothing.
 */
export function segmentUnit(
  text: string,
  names: ReadonlyMap<string, string>,
): { entityId: string; end: number } | undefined {
  const m = SEGMENT_MEASURE.exec(text);
  const words = (m?.[1] ?? m?.[2])?.toLowerCase().split(/\s+/) ?? [];
  const [entityId, ...more] = new Set(words.flatMap((w) => names.get(w) ?? []));
  return m && entityId && more.length === 0 ? { entityId, end: m[0].length } : undefined;
}
