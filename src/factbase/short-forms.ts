import type { Mention } from '../spot/match-aliases';
import { NOT_A_NAME } from './analyse-sentence';
import type { Entity } from './schema';

// Short forms of names that a news story uses once it has given the full name: "Ant" after "Ant
// Group", "Ma" after "Jack Ma". They are ordinary words on their own (issue 2), so they live here,
// in the fact-base builder, and never in the content script's list of names.

/** Trailing words that say what kind of company a name is, not which one ("Ant Financial Services Group"). */
const DESIGNATOR = /\s+(?:Group|Holdings?|Limited|Ltd|Inc|Corp|Corporation|Co|Company|Services|Financial|Network)\.?$/;
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
